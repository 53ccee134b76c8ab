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
        inner.description(),
        inner.principalType() == null ? null : inner.principalType().toString());
  }

  /**
   * The role definition is named in the subscription of the scope, which may be another than the
   * stack's: Azure resolves a subscription-level role definition id in the assignment's own
   * subscription. principalType is sent as the record says (see {@link RoleAssignment}).
   */
  static RoleAssignmentCreateParameters createParameters(String subscription, RoleAssignment r) {
    String scopeSubscription = ArmId.segment(r.scope(), "subscriptions");
    return new RoleAssignmentCreateParameters()
        .withRoleDefinitionId(
            "/subscriptions/"
                + (scopeSubscription == null ? subscription : scopeSubscription)
                + "/providers/Microsoft.Authorization/roleDefinitions/"
                + r.roleDefinitionId())
        .withPrincipalId(r.principalId())
        .withPrincipalType(
            r.principalType() == null ? null : PrincipalType.fromString(r.principalType()))
        .withDescription(r.description());
  }
}
