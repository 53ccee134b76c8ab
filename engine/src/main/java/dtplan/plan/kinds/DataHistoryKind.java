package dtplan.plan.kinds;

import dtplan.model.DataHistoryConnection;
import dtplan.model.ResourceKind;
import dtplan.plan.LiveIndex;
import dtplan.plan.Reason;
import dtplan.plan.ResourceAddress;
import dtplan.plan.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A data history connection to Azure Data Explorer. Everything dtplan manages forces a replacement:
 * the REST spec's only write is a PUT ({@code x-ms-long-running-operation}) and no source says an
 * existing connection accepts another body; {@code az dt data-history connection} has create, show,
 * list, wait and delete but no update (Azure/azure-iot-cli-extension, {@code
 * azext_iot/digitaltwins/command_map.py}). So every rule is assumed, read the stricter way: delete
 * and create again.
 */
final class DataHistoryKind extends NamedKind<DataHistoryConnection> {
  DataHistoryKind() {
    super(ResourceKind.DATA_HISTORY, "data_history");
  }

  private static final List<String> ATTRIBUTES =
      List.of(
          "adxResourceId",
          "adxEndpointUri",
          "adxDatabaseName",
          "adxTableName",
          "adxTwinLifecycleEventsTableName",
          "adxRelationshipLifecycleEventsTableName",
          "eventHubEndpointUri",
          "eventHubEntityPath",
          "eventHubNamespaceResourceId",
          "eventHubConsumerGroup",
          "recordPropertyAndItemRemovals",
          "identity");

  private static final Map<String, Reason> REPLACED_WHEN_CHANGED = new LinkedHashMap<>();

  static {
    ATTRIBUTES.forEach(a -> REPLACED_WHEN_CHANGED.put(a, Reason.DATA_HISTORY_CANNOT_CHANGE));
  }

  @Override
  public Map<String, Value> attributes(
      DataHistoryConnection c, Map<String, ResourceAddress> unknowns, Map<String, String> secrets) {
    Map<String, Value> a = new LinkedHashMap<>();
    a.put("adxResourceId", Value.of(c.adxResourceId()));
    a.put("adxEndpointUri", Value.of(c.adxEndpointUri()));
    a.put("adxDatabaseName", Value.of(c.adxDatabaseName()));
    a.put("adxTableName", Value.of(c.adxTableName()));
    a.put("adxTwinLifecycleEventsTableName", Value.of(c.adxTwinLifecycleEventsTableName()));
    a.put(
        "adxRelationshipLifecycleEventsTableName",
        Value.of(c.adxRelationshipLifecycleEventsTableName()));
    a.put("eventHubEndpointUri", Value.of(c.eventHubEndpointUri()));
    a.put("eventHubEntityPath", Value.of(c.eventHubEntityPath()));
    a.put("eventHubNamespaceResourceId", Value.of(c.eventHubNamespaceResourceId()));
    a.put("eventHubConsumerGroup", Value.of(c.eventHubConsumerGroup()));
    a.put(
        "recordPropertyAndItemRemovals",
        Value.of(Boolean.toString(c.recordPropertyAndItemRemovals())));
    a.put("identity", Value.of(c.identity().toString()));
    return a;
  }

  @Override
  public Map<String, Reason> replacedWhenChanged() {
    return REPLACED_WHEN_CHANGED;
  }

  @Override
  public Optional<DataHistoryConnection> findLive(DataHistoryConnection desired, LiveIndex live) {
    return live.dataHistoryOf(desired.instanceId()).stream()
        .filter(x -> x.name().equalsIgnoreCase(desired.name()))
        .findFirst();
  }

  @Override
  public String instanceId(DataHistoryConnection c) {
    return c.instanceId();
  }

  @Override
  public String provisioningState(DataHistoryConnection c) {
    return c.provisioningState();
  }
}
