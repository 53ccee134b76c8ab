package dtplan.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.resources.fluent.ResourcesClient;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import dtplan.model.Instance;
import dtplan.model.ResourceKind;
import dtplan.provider.ProviderListener;

/**
 * Instances, through the SDK's generic-resource client. Create is a full PUT. Update is a PATCH of
 * tags, identity and publicNetworkAccess: those are the only fields Azure changes in place, and a
 * PUT would have to carry back everything else, including security properties that GET returns as
 * null, so a GET-merge-PUT could clear them.
 */
final class InstanceWriter implements KindWriter<Instance> {
  private final Deletes deletes;
  private final ResourcesClient client;
  private final Operations operations;
  private final String armEndpoint;
  private final HostNames hostNames;
  private final ProviderListener listener;

  InstanceWriter(
      AzureConnection connection,
      GenericResources generic,
      Operations operations,
      HostNames hostNames,
      ProviderListener listener) {
    this.deletes = new Deletes(generic, operations);
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
}
