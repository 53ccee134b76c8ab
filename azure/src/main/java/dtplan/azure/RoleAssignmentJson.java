package dtplan.azure;

import com.azure.resourcemanager.authorization.fluent.models.RoleAssignmentInner;
import com.azure.resourcemanager.authorization.models.PrincipalType;
import com.azure.resourcemanager.authorization.models.RoleAssignmentCreateParameters;
import dtplan.model.ArmId;
import dtplan.model.RoleAssignment;
import java.util.Locale;

/** Role assignments between the SDK's typed models (2022-04-01) and the model. */
final class RoleAssignmentJson {
  private RoleAssignmentJson() {}

  static RoleAssignment fromArm(RoleAssignmentInner inner) {
    String id = inner.id();
    String scope = inner.scope();
    if (scope == null && id != null) {
      int at = id.toLowerCase(Locale.ROOT).indexOf("/providers/microsoft.authorization/");
      scope = at <= 0 ? "/" : id.substring(0, at);
    }
    return new RoleAssignment(
        scope,
        inner.principalId(),
        inner.roleDefinitionId(),
        inner.name() == null ? ArmId.lastSegment(id) : inner.name(),
        inner.description());
  }

  /**
   * principalType ServicePrincipal always: dtplan assigns roles to managed identities only, and the
   * type lets Azure accept a principal that has not replicated yet.
   */
  static RoleAssignmentCreateParameters createParameters(String subscription, RoleAssignment r) {
    return new RoleAssignmentCreateParameters()
        .withRoleDefinitionId(
            "/subscriptions/"
                + subscription
                + "/providers/Microsoft.Authorization/roleDefinitions/"
                + r.roleDefinitionId())
        .withPrincipalId(r.principalId())
        .withPrincipalType(PrincipalType.SERVICE_PRINCIPAL)
        .withDescription(r.description());
  }
}
