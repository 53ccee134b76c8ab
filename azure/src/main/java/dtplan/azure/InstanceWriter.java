package dtplan.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.resources.fluent.ResourcesClient;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.ArmId;
import dtplan.model.Instance;
import dtplan.model.ResourceKind;
import dtplan.provider.ProviderListener;
import dtplan.provider.ReadRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Instances: their read, create, update and delete calls, through the SDK's generic-resource
 * client. A read lists the resource group and waits for an instance an operation runs on (see
 * {@link Settling}). Create is a full PUT. Update is a PATCH of tags, identity and
 * publicNetworkAccess: those are the only fields Azure changes in place, and a PUT would have to
 * carry back everything else, including security properties that GET returns as null, so a
 * GET-merge-PUT could clear them.
 */
final class InstanceWriter implements KindWriter<Instance> {
  static final String STACK_TAG = "dtplan-stack";

  private final Deletes deletes;
  private final GenericResources generic;
  private final ArmLists arm;
  private final Settling settling;
  private final ResourcesClient client;
  private final Operations operations;
  private final String armEndpoint;
  private final HostNames hostNames;
  private final ProviderListener listener;

  InstanceWriter(
      AzureConnection connection,
      GenericResources generic,
      ArmLists arm,
      Operations operations,
      Settling settling,
      HostNames hostNames,
      ProviderListener listener) {
    this.deletes = new Deletes(generic, operations);
    this.generic = generic;
    this.arm = arm;
    this.settling = settling;
    this.client = generic.client();
    this.operations = operations;
    this.armEndpoint = connection.armEndpoint();
    this.hostNames = hostNames;
    this.listener = listener;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.INSTANCE;
  }

  /** A create is a PUT; an update patches only what dtplan manages (see {@link #update}). */
  @Override
  public Instance write(Instance desired, Instance prior) {
    return prior == null ? create(desired) : update(prior, desired);
  }

  Instance create(Instance desired) {
    String id = desired.id();
    Context ctx = RetryReporting.context(listener, id);
    GenericResourceInner body = InstanceJson.putBody(desired);
    return written(
        "Creating Digital Twins instance " + id,
        id,
        () ->
            operations.await(
                client.beginCreateOrUpdateById(id, ApiVersions.DIGITAL_TWINS, body, ctx)));
  }

  Instance update(Instance prior, Instance desired) {
    String id = desired.id();
    Context ctx = RetryReporting.context(listener, id);
    GenericResourceInner body = InstanceJson.patchBody(prior, desired);
    return written(
        "Updating Digital Twins instance " + id,
        id,
        () -> operations.await(client.beginUpdateById(id, ApiVersions.DIGITAL_TWINS, body, ctx)));
  }

  private Instance written(
      String action, String id, java.util.function.Supplier<GenericResourceInner> call) {
    Instance written =
        Failures.guard(
            action,
            id,
            () ->
                InstanceJson.fromArm(
                    Operations.requireNotFailed(
                        GenericResources.toJson(SdkCalls.arm(armEndpoint, call)))));
    hostNames.remember(written.id(), written.hostName());
    return written;
  }

  /** ARM answers 204 both when it deleted and when there was nothing, so look first. */
  @Override
  public boolean delete(Instance prior) {
    String id = prior.id();
    boolean existed =
        Failures.guard(
            "Deleting Digital Twins instance " + id,
            id,
            () ->
                deletes.delete(
                    id, ApiVersions.DIGITAL_TWINS, RetryReporting.context(listener, id)));
    hostNames.forget(id);
    return existed;
  }

  /**
   * The resource group's instances this stack owns or the spec names (named ones outside the group
   * read one by one), or all of them when the request asks, each once no operation runs on it.
   */
  List<Instance> list(String rgId, ReadRequest request) {
    List<JsonNode> listed =
        Failures.guard(
            "Listing the Digital Twins instances of resource group " + request.resourceGroup(),
            rgId,
            () -> arm.instances(rgId, ctx(rgId)));
    Set<String> named = new LinkedHashSet<>();
    request.instanceIds().forEach(id -> named.add(ArmId.normalize(id).toLowerCase(Locale.ROOT)));
    List<Instance> kept = new ArrayList<>();
    for (JsonNode json : listed) {
      Instance i = InstanceJson.fromArm(json);
      String key = i.id().toLowerCase(Locale.ROOT);
      if (request.allInstances() || ownedBy(i, request.stack()) || named.contains(key)) {
        settledInstance(i.id(), json).ifPresent(kept::add);
      }
      named.remove(key);
    }
    // Named instances outside the listed group are read one by one; absent ones are not listed.
    for (String id : named) {
      settledInstance(id, readInstance(id)).ifPresent(kept::add);
    }
    kept.forEach(i -> hostNames.remember(i.id(), i.hostName()));
    return kept;
  }

  private JsonNode readInstance(String id) {
    return Failures.guard(
        "Reading Digital Twins instance " + id,
        id,
        () -> generic.get(id, ApiVersions.DIGITAL_TWINS, ctx(id)));
  }

  /** The instance once no operation runs on it; empty when it is gone by then (or was). */
  private Optional<Instance> settledInstance(String id, JsonNode json) {
    JsonNode settled =
        Failures.guard(
            "Reading Digital Twins instance " + id,
            id,
            () -> settling.settled(id, "Digital Twins instance", json, () -> readInstance(id)));
    return Optional.ofNullable(settled).map(InstanceJson::fromArm);
  }

  /** Tag names are case-insensitive in ARM; the value is the stack name as written. */
  static boolean ownedBy(Instance instance, String stack) {
    return ownedBy(instance.tags(), stack);
  }

  /** Tag names are case-insensitive in ARM; the value is the stack name as written. */
  static boolean ownedBy(java.util.Map<String, String> tags, String stack) {
    if (stack == null) {
      return false;
    }
    return tags.entrySet().stream()
        .anyMatch(e -> e.getKey().equalsIgnoreCase(STACK_TAG) && stack.equals(e.getValue()));
  }

  private Context ctx(String resourceId) {
    return RetryReporting.context(listener, resourceId);
  }
}
