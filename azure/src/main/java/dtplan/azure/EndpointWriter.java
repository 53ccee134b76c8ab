package dtplan.azure;

import dtplan.model.Endpoint;
import dtplan.model.ResourceKind;
import java.util.List;

/**
 * Endpoints, child resources of an instance: their read (one list per instance), create, update and
 * delete calls, through the SDK's generic-resource client: PUT creates or replaces (there is no
 * PATCH), DELETE removes; both long-running, polled by the SDK.
 */
final class EndpointWriter implements KindWriter<Endpoint> {
  private final InstanceChildren children;

  EndpointWriter(InstanceChildren children) {
    this.children = children;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.ENDPOINT;
  }

  @Override
  public Endpoint write(Endpoint desired, Endpoint prior) {
    return put(desired, prior != null);
  }

  Endpoint put(Endpoint desired, boolean update) {
    String id = desired.id();
    String action = (update ? "Updating" : "Creating") + " endpoint " + id;
    return EndpointJson.fromArm(
        desired.instanceId(), children.put(id, action, EndpointJson.putBody(desired)));
  }

  @Override
  public boolean delete(Endpoint prior) {
    return children.delete(prior.id(), "Deleting endpoint " + prior.id());
  }

  /** The instance's endpoints, each once no operation runs on it. */
  List<Endpoint> list(String instanceId) {
    return children.list(
        instanceId, "endpoints", "Endpoint", json -> EndpointJson.fromArm(instanceId, json));
  }
}
