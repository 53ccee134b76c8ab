package dtplan.model;

/**
 * What dtplan learned about a resource an endpoint delivers to, or a role is scoped on: whether it
 * exists, and the properties dtplan derives endpoint fields from. {@code serviceBusEndpoint} is an
 * Event Hubs / Service Bus namespace's {@code https://<ns>.servicebus.windows.net:443/}; {@code
 * eventGridEndpoint} an Event Grid topic's endpoint; {@code blobEndpoint} a storage account's
 * {@code https://<account>.blob.core.windows.net/}; {@code dataExplorerUri} an Azure Data Explorer
 * cluster's {@code properties.uri} (read for a database through its cluster).
 */
public record Destination(
    String id,
    boolean exists,
    String serviceBusEndpoint,
    String eventGridEndpoint,
    String blobEndpoint,
    String dataExplorerUri) {
  public Destination {
    id = ArmId.normalize(id);
  }

  /** A destination of a kind without a Data Explorer URI. */
  public Destination(
      String id,
      boolean exists,
      String serviceBusEndpoint,
      String eventGridEndpoint,
      String blobEndpoint) {
    this(id, exists, serviceBusEndpoint, eventGridEndpoint, blobEndpoint, null);
  }

  public static Destination missing(String id) {
    return new Destination(id, false, null, null, null);
  }
}
