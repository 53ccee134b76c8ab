package dtplan.azure;

import com.azure.core.http.HttpMethod;
import com.azure.core.util.Context;
import dtplan.model.Endpoint;
import dtplan.provider.ProviderListener;

/** Endpoints: PUT creates or replaces (there is no PATCH), DELETE removes; both long-running. */
final class EndpointWriter {
  private final ArmClient arm;
  private final LongRunningOperations lro;
  private final ProviderListener listener;

  EndpointWriter(ArmClient arm, LongRunningOperations lro, ProviderListener listener) {
    this.arm = arm;
    this.lro = lro;
    this.listener = listener;
  }

  Endpoint put(Endpoint desired, boolean update) {
    String id = desired.id();
    String action = (update ? "Updating" : "Creating") + " endpoint " + id;
    return Failures.guard(
        action,
        id,
        () ->
            EndpointJson.fromArm(
                desired.instanceId(),
                lro.write(
                    HttpMethod.PUT,
                    id,
                    ApiVersions.DIGITAL_TWINS,
                    EndpointJson.putBody(desired),
                    RetryReporting.context(listener, id))));
  }

  /** ARM answers 204 both when it deleted and when there was nothing, so look first. */
  boolean delete(Endpoint prior) {
    String id = prior.id();
    Context ctx = RetryReporting.context(listener, id);
    return Failures.guard(
        "Deleting endpoint " + id,
        id,
        () ->
            arm.get(id, ApiVersions.DIGITAL_TWINS, ctx) != null
                && lro.delete(id, ApiVersions.DIGITAL_TWINS, true, ctx));
  }
}
