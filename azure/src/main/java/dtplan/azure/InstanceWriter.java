package dtplan.azure;

import com.azure.core.http.HttpMethod;
import com.azure.core.util.Context;
import dtplan.model.Instance;
import dtplan.provider.ProviderListener;

/**
 * Instances. Create is a full PUT. Update is a PATCH of tags, identity and publicNetworkAccess:
 * those are the only fields Azure changes in place, and a PUT would have to carry back everything
 * else, including security properties that GET returns as null, so a GET-merge-PUT could clear
 * them.
 */
final class InstanceWriter {
  private final ArmClient arm;
  private final LongRunningOperations lro;
  private final HostNames hostNames;
  private final ProviderListener listener;

  InstanceWriter(
      ArmClient arm, LongRunningOperations lro, HostNames hostNames, ProviderListener listener) {
    this.arm = arm;
    this.lro = lro;
    this.hostNames = hostNames;
    this.listener = listener;
  }

  Instance create(Instance desired) {
    return write(
        "Creating Digital Twins instance " + desired.id(),
        desired.id(),
        HttpMethod.PUT,
        desired,
        null);
  }

  Instance update(Instance prior, Instance desired) {
    return write(
        "Updating Digital Twins instance " + desired.id(),
        desired.id(),
        HttpMethod.PATCH,
        desired,
        prior);
  }

  private Instance write(
      String action, String id, HttpMethod method, Instance desired, Instance prior) {
    Context ctx = RetryReporting.context(listener, id);
    Instance written =
        Failures.guard(
            action,
            id,
            () ->
                InstanceJson.fromArm(
                    lro.write(
                        method,
                        id,
                        ApiVersions.DIGITAL_TWINS,
                        method == HttpMethod.PUT
                            ? InstanceJson.putBody(desired)
                            : InstanceJson.patchBody(prior, desired),
                        ctx)));
    hostNames.remember(written.id(), written.hostName());
    return written;
  }

  /** ARM answers 204 both when it deleted and when there was nothing, so look first. */
  boolean delete(Instance prior) {
    String id = prior.id();
    Context ctx = RetryReporting.context(listener, id);
    boolean existed =
        Failures.guard(
            "Deleting Digital Twins instance " + id,
            id,
            () ->
                arm.get(id, ApiVersions.DIGITAL_TWINS, ctx) != null
                    && lro.delete(id, ApiVersions.DIGITAL_TWINS, true, ctx));
    hostNames.forget(id);
    return existed;
  }
}
