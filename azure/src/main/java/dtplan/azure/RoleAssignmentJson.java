package dtplan.azure;

import com.azure.resourcemanager.authorization.fluent.models.RoleAssignmentInner;
import com.azure.resourcemanager.authorization.models.PrincipalType;
import com.azure.resourcemanager.authorization.models.RoleAssignmentCreateParameters;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.ArmId;
import dtplan.model.RoleAssignment;
import java.util.Locale;

/** Role assignments between the SDK's typed models (2022-04-01) and the model. */
final class RoleAssignmentJson {
  private RoleAssignmentJson() {}

  static RoleAssignment fromArm(RoleAssignmentInner inner) {
    return of(
        inner.id(),
        inner.name(),
        inner.scope(),
        inner.principalId(),
        inner.roleDefinitionId(),
        inner.description(),
        inner.principalType() == null ? null : inner.principalType().toString());
  }

  /** An assignment as ARM lists it, read as the typed model reads it. */
  static RoleAssignment fromArm(JsonNode json) {
    return of(
        Json.text(json, "id"),
        Json.text(json, "name"),
        Json.text(json, "properties", "scope"),
        Json.text(json, "properties", "principalId"),
        Json.text(json, "properties", "roleDefinitionId"),
        Json.text(json, "properties", "description"),
        Json.text(json, "properties", "principalType"));
  }

  private static RoleAssignment of(
      String id,
      String name,
      String scope,
      String principalId,
      String roleDefinitionId,
      String description,
      String principalType) {
    String at = scope;
    if (at == null && id != null) {
      int i = id.toLowerCase(Locale.ROOT).indexOf("/providers/microsoft.authorization/");
      at = i <= 0 ? "/" : id.substring(0, i);
    }
    return new RoleAssignment(
        at,
        principalId,
        roleDefinitionId,
        name == null ? ArmId.lastSegment(id) : name,
        description,
        principalType);
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
