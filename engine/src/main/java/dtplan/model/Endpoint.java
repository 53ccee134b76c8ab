package dtplan.model;

/**
 * An ADT endpoint ({@code digitalTwinsInstances/endpoints}). Identity-based endpoints name their
 * destination by {@code endpointUri} ({@code sb://<namespace host>/}) and {@code entityPath} (event
 * hub or topic name); Event Grid endpoints by {@code topicEndpoint}. {@code deadLetterUri} is the
 * identity-based dead-letter container URL.
 */
public record Endpoint(
    String instanceId,
    String name,
    EndpointType type,
    AuthType auth,
    EndpointIdentity identity,
    String endpointUri,
    String entityPath,
    String topicEndpoint,
    String deadLetterUri,
    EndpointSecrets secrets,
    String provisioningState)
    implements Resource {
  public Endpoint {
    instanceId = ArmId.normalize(instanceId);
    secrets = secrets == null ? EndpointSecrets.NONE : secrets;
  }

  @Override
  public String id() {
    return instanceId + "/endpoints/" + name;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.ENDPOINT;
  }
}
