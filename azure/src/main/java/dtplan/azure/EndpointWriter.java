package dtplan.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import dtplan.model.Endpoint;
import dtplan.model.ResourceKind;
import dtplan.provider.ProviderListener;

/**
 * Endpoints, child resources of an instance, through the SDK's generic-resource client: PUT creates
 * or replaces (there is no PATCH), DELETE removes; both long-running, polled by the SDK.
 */
final class EndpointWriter implements KindWriter<Endpoint> {
  private final GenericResources generic;
  private final Operations operations;
  private final Deletes deletes;
  private final ProviderListener listener;

  EndpointWriter(GenericResources generic, Operations operations, ProviderListener listener) {
    this.generic = generic;
    this.operations = operations;
    this.deletes = new Deletes(generic, operations);
    this.listener = listener;
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
    Context ctx = RetryReporting.context(listener, id);
    return Failures.guard(
        action,
        id,
        () -> {
          GenericResourceInner body = EndpointJson.putBody(desired);
          GenericResourceInner written =
              generic.call(
                  () ->
                      operations.await(
                          generic
                              .client()
                              .beginCreateOrUpdateById(id, ApiVersions.DIGITAL_TWINS, body, ctx)));
          return EndpointJson.fromArm(
              desired.instanceId(), Operations.requireNotFailed(GenericResources.toJson(written)));
        });
  }

  @Override
  public boolean delete(Endpoint prior) {
    String id = prior.id();
    return Failures.guard(
        "Deleting endpoint " + id,
        id,
        () -> deletes.delete(id, ApiVersions.DIGITAL_TWINS, RetryReporting.context(listener, id)));
  }
}
