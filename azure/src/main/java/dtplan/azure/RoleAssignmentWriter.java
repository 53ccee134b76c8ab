package dtplan.azure;

import com.azure.core.http.HttpMethod;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.ArmId;
import dtplan.model.RoleAssignment;
import dtplan.provider.ProviderListener;
import java.util.Set;

/**
 * Role assignments, named by the record's deterministic GUID so a retried create cannot duplicate.
 * A new principal is refused with PrincipalNotFound until it replicates; that is retried. An
 * assignment of the same role to the same principal at the same scope under another name
 * (RoleAssignmentExists) is adopted: it grants exactly what was asked.
 */
final class RoleAssignmentWriter {
  static final String PRINCIPAL_NOT_FOUND = "PrincipalNotFound";
  static final String EXISTS = "RoleAssignmentExists";

  private final ArmClient arm;
  private final LongRunningOperations lro;
  private final String subscription;
  private final ConditionRetry conditions;
  private final ProviderListener listener;

  RoleAssignmentWriter(
      ArmClient arm,
      LongRunningOperations lro,
      String subscription,
      ConditionRetry conditions,
      ProviderListener listener) {
    this.arm = arm;
    this.lro = lro;
    this.subscription = subscription;
    this.conditions = conditions;
    this.listener = listener;
  }

  RoleAssignment put(RoleAssignment desired, boolean update) {
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
    ArmResponse r =
        arm.send(
            HttpMethod.PUT,
            arm.url(desired.id(), ApiVersions.AUTHORIZATION, null),
            RoleAssignmentJson.putBody(subscription, desired),
            ctx);
    return RoleAssignmentJson.fromArm(ArmClient.requireOk(r).body());
  }

  private RoleAssignment findExisting(RoleAssignment desired, Context ctx) {
    for (JsonNode json :
        arm.list(
            desired.scope() + "/providers/Microsoft.Authorization/roleAssignments",
            ApiVersions.AUTHORIZATION,
            "principalId eq '" + desired.principalId() + "'",
            ctx)) {
      RoleAssignment candidate = RoleAssignmentJson.fromArm(json);
      if (ArmId.same(candidate.scope(), desired.scope())
          && desired.roleDefinitionId().equalsIgnoreCase(candidate.roleDefinitionId())
          && desired.principalId().equalsIgnoreCase(candidate.principalId())) {
        return candidate;
      }
    }
    return null;
  }

  /** DELETE answers 200 with the assignment when it removed one and 204 when there was none. */
  boolean delete(RoleAssignment prior) {
    return Failures.guard(
        "Deleting role assignment on " + prior.scope(),
        prior.id(),
        () ->
            lro.delete(
                prior.id(),
                ApiVersions.AUTHORIZATION,
                false,
                RetryReporting.context(listener, prior.id())));
  }
}
