package dtplan.azure;

import com.azure.core.http.rest.Response;
import com.azure.core.util.Context;
import com.azure.resourcemanager.msi.fluent.UserAssignedIdentitiesClient;
import dtplan.model.ArmId;
import dtplan.model.ResourceKind;
import dtplan.model.UserIdentity;
import dtplan.provider.ProviderListener;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
   * The identities a plan needs, as {@link InstanceWriter#list} reads instances: one list of the
   * resource group, keeping those that carry the stack's tag (the spec may have dropped one the
   * stack created) and those the spec names; a named one in another group is read on its own, and a
   * named one the list lacks does not exist.
   */
  List<UserIdentity> list(
      String subscription, String resourceGroup, String stack, List<String> namedIds) {
    String rgId = "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup;
    Set<String> named = new LinkedHashSet<>();
    namedIds.forEach(id -> named.add(ArmId.normalize(id).toLowerCase(Locale.ROOT)));
    Context ctx = RetryReporting.context(listener, rgId);
    List<UserIdentity> listed =
        Failures.guard(
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
                            .toList()));
    List<UserIdentity> kept = new ArrayList<>();
    for (UserIdentity u : listed) {
      String key = u.id().toLowerCase(Locale.ROOT);
      if (InstanceWriter.ownedBy(u.tags(), stack) || named.contains(key)) {
        kept.add(u);
      }
      named.remove(key);
    }
    for (String id : named) {
      if (!ArmId.isAtOrBelow(id, rgId)) {
        read(id).ifPresent(kept::add);
      }
    }
    return kept;
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
