package dtplan.azure;

import com.azure.core.http.rest.Response;
import com.azure.core.util.Context;
import com.azure.resourcemanager.msi.fluent.UserAssignedIdentitiesClient;
import dtplan.model.ArmId;
import dtplan.model.ResourceKind;
import dtplan.model.UserIdentity;
import dtplan.provider.ProviderListener;
import java.util.List;
import java.util.Optional;

/**
 * User-assigned identities through the MSI SDK: a synchronous PUT creates or updates, DELETE
 * removes (200 it existed, 204 it did not).
 */
final class UserIdentityWriter implements KindWriter<UserIdentity> {
  private final AzureConnection connection;
  private final ProviderListener listener;

  UserIdentityWriter(AzureConnection connection, ProviderListener listener) {
    this.connection = connection;
    this.listener = listener;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.USER_IDENTITY;
  }

  @Override
  public UserIdentity write(UserIdentity desired, UserIdentity prior) {
    return put(desired, prior != null);
  }

  UserIdentity put(UserIdentity desired, boolean update) {
    String id = desired.id();
    String action = (update ? "Updating" : "Creating") + " user-assigned identity " + id;
    Context ctx = RetryReporting.context(listener, id);
    return Failures.guard(
        action,
        id,
        () ->
            UserIdentityJson.fromArm(
                SdkCalls.arm(
                    connection.armEndpoint(),
                    () ->
                        client(id)
                            .createOrUpdateWithResponse(
                                group(id),
                                ArmId.lastSegment(id),
                                UserIdentityJson.putBody(desired),
                                ctx)
                            .getValue())));
  }

  /**
   * The identities of a resource group that carry the stack's tag: those the spec names, and those
   * it no longer names, which the stack deletes if it created them. One list, every page.
   */
  List<UserIdentity> listOwned(String subscription, String resourceGroup, String stack) {
    String rgId = "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup;
    Context ctx = RetryReporting.context(listener, rgId);
    return Failures.guard(
        "Listing the user-assigned identities of resource group " + resourceGroup,
        rgId,
        () ->
            SdkCalls.arm(
                connection.armEndpoint(),
                () ->
                    connection
                        .msiManager(subscription)
                        .serviceClient()
                        .getUserAssignedIdentities()
                        .listByResourceGroup(resourceGroup, ctx)
                        .stream()
                        .map(UserIdentityJson::fromArm)
                        .filter(u -> InstanceWriter.ownedBy(u.tags(), stack))
                        .toList()));
  }

  /** The identity, or empty when it does not exist. */
  Optional<UserIdentity> read(String id) {
    Context ctx = RetryReporting.context(listener, id);
    return Failures.guard(
        "Reading user-assigned identity " + id,
        id,
        () ->
            Optional.ofNullable(
                    SdkCalls.orNull(
                        connection.armEndpoint(),
                        () ->
                            client(id)
                                .getByResourceGroupWithResponse(
                                    group(id), ArmId.lastSegment(id), ctx)
                                .getValue()))
                .map(UserIdentityJson::fromArm));
  }

  @Override
  public boolean delete(UserIdentity prior) {
    String id = prior.id();
    Context ctx = RetryReporting.context(listener, id);
    return Failures.guard(
        "Deleting user-assigned identity " + id,
        id,
        () -> {
          Response<Void> r =
              SdkCalls.orNull(
                  connection.armEndpoint(),
                  () -> client(id).deleteWithResponse(group(id), ArmId.lastSegment(id), ctx));
          return r != null && r.getStatusCode() != 204;
        });
  }

  private UserAssignedIdentitiesClient client(String id) {
    return connection
        .msiManager(ArmId.segment(id, "subscriptions"))
        .serviceClient()
        .getUserAssignedIdentities();
  }

  private static String group(String id) {
    return ArmId.segment(id, "resourceGroups");
  }
}
