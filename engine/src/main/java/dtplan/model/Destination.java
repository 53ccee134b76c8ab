package dtplan.model;

/**
 * What dtplan learned about a resource an endpoint delivers to, or a role is scoped on: whether it
 * exists, and the properties dtplan derives endpoint fields from. {@code serviceBusEndpoint} is an
 * Event Hubs / Service Bus namespace's {@code https://<ns>.servicebus.windows.net:443/}; {@code
 * eventGridEndpoint} an Event Grid topic's endpoint; {@code blobEndpoint} a storage account's
 * {@code https://<account>.blob.core.windows.net/}.
 */
public record Destination(
    String id,
    boolean exists,
    String serviceBusEndpoint,
    String eventGridEndpoint,
    String blobEndpoint) {
  public Destination {
    id = ArmId.normalize(id);
  }

  public static Destination missing(String id) {
    return new Destination(id, false, null, null, null);
  }
}
