package dtplan.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.provider.ProviderListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The calls every ARM child of an instance shares (endpoints, data history connections): a
 * long-running PUT through the SDK's generic-resource client, a long-running delete, and a list of
 * the instance's children of one type, each read again until no operation runs on it.
 */
final class InstanceChildren {
  private final GenericResources generic;
  private final ArmLists arm;
  private final LongRunningPuts puts;
  private final Deletes deletes;
  private final Settling settling;
  private final ProviderListener listener;

  InstanceChildren(
      GenericResources generic,
      ArmLists arm,
      Operations operations,
      Settling settling,
      ProviderListener listener) {
    this.generic = generic;
    this.arm = arm;
    this.puts = new LongRunningPuts(generic, operations);
    this.deletes = new Deletes(generic, operations);
    this.settling = settling;
    this.listener = listener;
  }

  /** PUTs the body and waits for the operation; returns the resource as Azure now holds it. */
  JsonNode put(String id, String action, GenericResourceInner body) {
    return puts.put(id, ApiVersions.DIGITAL_TWINS, action, body, ctx(id));
  }

  /** Deletes it and waits; false if it was already gone. */
  boolean delete(String id, String action) {
    return Failures.guard(action, id, () -> deletes.delete(id, ApiVersions.DIGITAL_TWINS, ctx(id)));
  }

  /**
   * The instance's children under {@code collection} ({@code endpoints}), each once no operation
   * runs on it; {@code what} names the type in messages ({@code Endpoint}).
   */
  <T> List<T> list(
      String instanceId, String collection, String what, Function<JsonNode, T> fromArm) {
    List<JsonNode> listed =
        Failures.guard(
            "Listing the " + collection + " of " + instanceId,
            instanceId,
            () -> arm.children(instanceId, collection, ctx(instanceId)));
    List<T> out = new ArrayList<>();
    for (JsonNode json : listed) {
      String id = instanceId + "/" + collection + "/" + ArmLists.nameOf(json);
      JsonNode settled =
          Failures.guard(
              "Reading " + what.toLowerCase(java.util.Locale.ROOT) + " " + id,
              id,
              () ->
                  settling.settled(
                      id, what, json, () -> generic.get(id, ApiVersions.DIGITAL_TWINS, ctx(id))));
      if (settled != null) {
        out.add(fromArm.apply(settled));
      }
    }
    return out;
  }

  private Context ctx(String resourceId) {
    return RetryReporting.context(listener, resourceId);
  }
}
