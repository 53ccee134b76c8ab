package dtplan.azure;

import com.azure.core.http.rest.Response;
import com.azure.core.util.Context;
import com.azure.resourcemanager.authorization.fluent.RoleAssignmentsClient;
import com.azure.resourcemanager.authorization.fluent.models.RoleAssignmentInner;
import dtplan.model.ArmId;
import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.provider.ProviderListener;
import java.util.List;
import java.util.Set;

/**
 * Role assignments: their reads (a principal's, in each subscription; the caller's), create and
 * delete calls. Named by the record's deterministic GUID so a retried create cannot duplicate. A
 * new principal is refused with PrincipalNotFound until it replicates; that is retried. An
 * assignment of the same role to the same principal at the same scope under another name
 * (RoleAssignmentExists) is adopted: it grants exactly what was asked.
 */
final class RoleAssignmentWriter implements KindWriter<RoleAssignment> {
  static final String PRINCIPAL_NOT_FOUND = "PrincipalNotFound";
  static final String EXISTS = "RoleAssignmentExists";

  private final AzureConnection connection;
  private final ArmLists arm;
  private final RoleAssignmentsClient client;
  private final String subscription;
  private final ConditionRetry conditions;
  private final ProviderListener listener;
  private final DataRoleGrants grants;

  RoleAssignmentWriter(
      AzureConnection connection,
      ArmLists arm,
      String subscription,
      ConditionRetry conditions,
      DataRoleGrants grants,
      ProviderListener listener) {
    this.grants = grants;
    this.connection = connection;
    this.arm = arm;
    this.client = connection.authorizationManager().roleServiceClient().getRoleAssignments();
    this.subscription = subscription;
    this.conditions = conditions;
    this.listener = listener;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.ROLE_ASSIGNMENT;
  }

  @Override
  public RoleAssignment write(RoleAssignment desired, RoleAssignment prior) {
    return put(desired, prior != null);
  }

  RoleAssignment put(RoleAssignment desired, boolean update) {
    RoleAssignment written = write(desired, update);
    grants.made(written);
    return written;
  }

  private RoleAssignment write(RoleAssignment desired, boolean update) {
    String action = (update ? "Updating" : "Creating") + " role assignment on " + desired.scope();
    if (desired.principalId() == null) {
      throw Failures.invalid(
          action, desired.id(), "PrincipalMissing", "The assignment names no principal id.");
    }
    Context ctx = RetryReporting.context(listener, desired.id());
    return Failures.guard(
        action,
        desired.id(),
        () -> {
          try {
            return conditions.run(
                desired.id(), Set.of(PRINCIPAL_NOT_FOUND), () -> send(desired, ctx));
          } catch (AzureCallException e) {
            if (!EXISTS.equals(e.code())) {
              throw e;
            }
            RoleAssignment existing = findExisting(desired, ctx);
            if (existing == null) {
              throw e;
            }
            return existing;
          }
        });
  }

  private RoleAssignment send(RoleAssignment desired, Context ctx) {
    RoleAssignmentInner created =
        SdkCalls.arm(
            connection.armEndpoint(),
            () ->
                client
                    .createWithResponse(
                        desired.scope(),
                        desired.name(),
                        RoleAssignmentJson.createParameters(subscription, desired),
                        ctx)
                    .getValue());
    return RoleAssignmentJson.fromArm(created);
  }

  private RoleAssignment findExisting(RoleAssignment desired, Context ctx) {
    String filter = SdkCalls.filter("principalId eq '" + desired.principalId() + "'");
    return SdkCalls.arm(
        connection.armEndpoint(),
        () -> {
          for (RoleAssignmentInner inner :
              client.listForScope(desired.scope(), filter, null, null, ctx)) {
            RoleAssignment candidate = RoleAssignmentJson.fromArm(inner);
            if (ArmId.same(candidate.scope(), desired.scope())
                && desired.roleDefinitionId().equalsIgnoreCase(candidate.roleDefinitionId())
                && desired.principalId().equalsIgnoreCase(candidate.principalId())) {
              return candidate;
            }
          }
          return null;
        });
  }

  /** DELETE answers 200 with the assignment when it removed one and 204 when there was none. */
  @Override
  public boolean delete(RoleAssignment prior) {
    Context ctx = RetryReporting.context(listener, prior.id());
    return Failures.guard(
        "Deleting role assignment on " + prior.scope(),
        prior.id(),
        () -> {
          Response<RoleAssignmentInner> r =
              SdkCalls.orNull(
                  connection.armEndpoint(),
                  () -> client.deleteWithResponse(prior.scope(), prior.name(), null, ctx));
          return r != null && r.getStatusCode() != 204;
        });
  }

  /**
   * Every assignment that applies to the caller at, above or below the resource group: {@code
   * assignedTo} also returns those of groups the caller belongs to (Azure RBAC REST docs, "List
   * role assignments for a principal").
   */
  List<RoleAssignment> assignedTo(String rgId, String callerId) {
    return listAssignments(
        "Listing the role assignments of the caller " + callerId,
        rgId,
        "assignedTo('" + callerId + "')",
        rgId);
  }

  /** A principal's assignments in one subscription, every page. */
  List<RoleAssignment> listOf(String subscription, String principal) {
    return listAssignments(
        "Listing the role assignments of principal " + principal,
        "/subscriptions/" + subscription,
        "principalId eq '" + principal + "'",
        principal);
  }

  /** One filtered role-assignment list at a scope, every page of it. */
  private List<RoleAssignment> listAssignments(
      String action, String scope, String filter, String resourceId) {
    String encoded = SdkCalls.filter(filter);
    return Failures.guard(
        action,
        resourceId,
        () ->
            arm.roleAssignments(scope, encoded, ctx(resourceId)).stream()
                .map(RoleAssignmentJson::fromArm)
                .toList());
  }

  private Context ctx(String resourceId) {
    return RetryReporting.context(listener, resourceId);
  }
}
