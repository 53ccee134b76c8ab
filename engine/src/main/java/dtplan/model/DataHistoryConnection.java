package dtplan.model;

/**
 * A data history connection ({@code digitalTwinsInstances/timeSeriesDatabaseConnections}, {@code
 * connectionType: AzureDataExplorer}): the instance sends twin changes through an event hub into an
 * Azure Data Explorer database. {@code adxResourceId} is the cluster's ARM id (the database is
 * {@code adxDatabaseName} in it); {@code eventHubEndpointUri} is {@code sb://<namespace host>/} and
 * {@code eventHubEntityPath} the event hub's name. Table names, consumer group and {@code
 * recordRemovals} hold what Azure holds, its defaults filled in ({@code AdtPropertyEvents}, {@code
 * $Default}, false), so that a spec leaving them out converges. {@code identity} is the instance
 * identity the connection authenticates with.
 */
public record DataHistoryConnection(
    String instanceId,
    String name,
    String adxResourceId,
    String adxEndpointUri,
    String adxDatabaseName,
    String adxTableName,
    String adxTwinLifecycleEventsTableName,
    String adxRelationshipLifecycleEventsTableName,
    String eventHubEndpointUri,
    String eventHubEntityPath,
    String eventHubNamespaceResourceId,
    String eventHubConsumerGroup,
    boolean recordPropertyAndItemRemovals,
    EndpointIdentity identity,
    String provisioningState)
    implements Resource {
  /** What Azure names the property events table when the spec names none (the REST spec). */
  public static final String DEFAULT_TABLE = "AdtPropertyEvents";

  /** The consumer group Azure uses when the spec names none (the REST spec). */
  public static final String DEFAULT_CONSUMER_GROUP = "$Default";

  public DataHistoryConnection {
    instanceId = ArmId.normalize(instanceId);
    adxResourceId = ArmId.normalize(adxResourceId);
    eventHubNamespaceResourceId = ArmId.normalize(eventHubNamespaceResourceId);
    adxTableName = adxTableName == null ? DEFAULT_TABLE : adxTableName;
    eventHubConsumerGroup =
        eventHubConsumerGroup == null ? DEFAULT_CONSUMER_GROUP : eventHubConsumerGroup;
    identity = identity == null ? EndpointIdentity.SYSTEM : identity;
  }

  @Override
  public String id() {
    return instanceId + "/timeSeriesDatabaseConnections/" + name;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.DATA_HISTORY;
  }

  /** The database's ARM id: the cluster's id and the database name. */
  public String databaseId() {
    return adxResourceId == null || adxDatabaseName == null
        ? null
        : adxResourceId + "/databases/" + adxDatabaseName;
  }

  /** The event hub's ARM id: the namespace's id and the entity path. */
  public String eventHubId() {
    return eventHubNamespaceResourceId == null || eventHubEntityPath == null
        ? null
        : eventHubNamespaceResourceId + "/eventhubs/" + eventHubEntityPath;
  }
}
