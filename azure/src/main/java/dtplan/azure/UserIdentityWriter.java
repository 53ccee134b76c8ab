package dtplan.azure;

import com.azure.core.http.HttpMethod;
import dtplan.model.UserIdentity;
import dtplan.provider.ProviderListener;

/** User-assigned identities: a synchronous PUT creates or updates, DELETE removes. */
final class UserIdentityWriter {
  private final LongRunningOperations lro;
  private final ProviderListener listener;

  UserIdentityWriter(LongRunningOperations lro, ProviderListener listener) {
    this.lro = lro;
    this.listener = listener;
  }

  UserIdentity put(UserIdentity desired, boolean update) {
    String action = (update ? "Updating" : "Creating") + " user-assigned identity " + desired.id();
    return Failures.guard(
        action,
        desired.id(),
        () ->
            UserIdentityJson.fromArm(
                lro.write(
                    HttpMethod.PUT,
                    desired.id(),
                    ApiVersions.MANAGED_IDENTITY,
                    UserIdentityJson.putBody(desired),
                    RetryReporting.context(listener, desired.id()))));
  }

  boolean delete(UserIdentity prior) {
    return Failures.guard(
        "Deleting user-assigned identity " + prior.id(),
        prior.id(),
        () ->
            lro.delete(
                prior.id(),
                ApiVersions.MANAGED_IDENTITY,
                false,
                RetryReporting.context(listener, prior.id())));
  }
}
