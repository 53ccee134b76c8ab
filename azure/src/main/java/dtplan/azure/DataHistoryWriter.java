package dtplan.azure;

import dtplan.model.DataHistoryConnection;
import dtplan.model.ResourceKind;
import java.util.List;

/**
 * Data history connections ({@code timeSeriesDatabaseConnections}), children of an instance: a
 * long-running PUT creates one, a long-running DELETE removes it (the REST spec's {@code
 * x-ms-long-running-operation}); planning never updates one in place.
 */
final class DataHistoryWriter implements KindWriter<DataHistoryConnection> {
  private final InstanceChildren children;

  DataHistoryWriter(InstanceChildren children) {
    this.children = children;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.DATA_HISTORY;
  }

  @Override
  public DataHistoryConnection write(DataHistoryConnection desired, DataHistoryConnection prior) {
    String id = desired.id();
    String action = (prior == null ? "Creating" : "Updating") + " data history connection " + id;
    return DataHistoryJson.fromArm(
        desired.instanceId(), children.put(id, action, DataHistoryJson.putBody(desired)));
  }

  @Override
  public boolean delete(DataHistoryConnection prior) {
    return children.delete(prior.id(), "Deleting data history connection " + prior.id());
  }

  /** The instance's connections, each once no operation runs on it. */
  List<DataHistoryConnection> list(String instanceId) {
    return children.list(
        instanceId,
        DataHistoryJson.COLLECTION,
        "Data history connection",
        json -> DataHistoryJson.fromArm(instanceId, json));
  }
}
