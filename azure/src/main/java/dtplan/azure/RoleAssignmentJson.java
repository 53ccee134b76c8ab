package dtplan.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.model.ArmId;
import dtplan.model.RoleAssignment;

/** Role assignments between ARM JSON (2022-04-01) and the model. */
final class RoleAssignmentJson {
  private RoleAssignmentJson() {}

  static RoleAssignment fromArm(JsonNode json) {
    JsonNode p = Json.at(json, "properties");
    String id = Json.text(json, "id");
    String scope = Json.text(p, "scope");
    if (scope == null && id != null) {
      int at = id.toLowerCase(java.util.Locale.ROOT).indexOf("/providers/microsoft.authorization/");
      scope = at <= 0 ? "/" : id.substring(0, at);
    }
    return new RoleAssignment(
        scope,
        Json.text(p, "principalId"),
        Json.text(p, "roleDefinitionId"),
        Json.text(json, "name") == null ? ArmId.lastSegment(id) : Json.text(json, "name"),
        Json.text(p, "description"));
  }

  /**
   * principalType ServicePrincipal always: dtplan assigns roles to managed identities only, and the
   * type lets Azure accept a principal that has not replicated yet.
   */
  static ObjectNode putBody(String subscription, RoleAssignment r) {
    ObjectNode body = Json.object();
    ObjectNode p = body.putObject("properties");
    p.put(
        "roleDefinitionId",
        "/subscriptions/"
            + subscription
            + "/providers/Microsoft.Authorization/roleDefinitions/"
            + r.roleDefinitionId());
    p.put("principalId", r.principalId());
    p.put("principalType", "ServicePrincipal");
    if (r.description() != null) {
      p.put("description", r.description());
    }
    return body;
  }
}
