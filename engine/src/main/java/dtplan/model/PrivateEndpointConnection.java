package dtplan.model;

/**
 * A private endpoint's connection as the instance it reaches lists it ({@code
 * digitalTwinsInstances/privateEndpointConnections}): Azure creates it when the private endpoint
 * asks, named by Azure, in {@code status} Approved, Pending, Rejected or Disconnected.
 */
public record PrivateEndpointConnection(
    String instanceId, String name, String privateEndpointId, String status, String description)
    implements Resource {
  public static final String APPROVED = "Approved";
  public static final String PENDING = "Pending";

  public PrivateEndpointConnection {
    instanceId = ArmId.normalize(instanceId);
    privateEndpointId = ArmId.normalize(privateEndpointId);
  }

  @Override
  public String id() {
    return instanceId + "/privateEndpointConnections/" + name;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.PRIVATE_ENDPOINT_CONNECTION;
  }
}
