package dtplan.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.Endpoint;
import dtplan.model.ResourceKind;
import dtplan.provider.ProviderListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Endpoints, child resources of an instance: their read (one list per instance), create, update and
 * delete calls, through the SDK's generic-resource client: PUT creates or replaces (there is no
 * PATCH), DELETE removes; both long-running, polled by the SDK.
 */
final class EndpointWriter implements KindWriter<Endpoint> {
  private final GenericResources generic;
  private final Operations operations;
  private final Deletes deletes;
  private final ProviderListener listener;
  private final ArmLists arm;
  private final Settling settling;

  EndpointWriter(
      GenericResources generic,
      ArmLists arm,
      Operations operations,
      Settling settling,
      ProviderListener listener) {
    this.arm = arm;
    this.settling = settling;
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

  /** The instance's endpoints, each once no operation runs on it. */
  List<Endpoint> list(String instanceId) {
    List<JsonNode> listed =
        Failures.guard(
            "Listing the endpoints of " + instanceId,
            instanceId,
            () -> arm.endpoints(instanceId, ctx(instanceId)));
    List<Endpoint> endpoints = new ArrayList<>();
    for (JsonNode json : listed) {
      Endpoint listedEndpoint = EndpointJson.fromArm(instanceId, json);
      String id = listedEndpoint.id();
      JsonNode settled =
          Failures.guard(
              "Reading endpoint " + id,
              id,
              () ->
                  settling.settled(
                      id,
                      "Endpoint",
                      json,
                      () -> generic.get(id, ApiVersions.DIGITAL_TWINS, ctx(id))));
      if (settled != null) {
        endpoints.add(EndpointJson.fromArm(instanceId, settled));
      }
    }
    return endpoints;
  }

  private Context ctx(String resourceId) {
    return RetryReporting.context(listener, resourceId);
  }
}
