package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code Microsoft.Kusto/clusters/databases/principalAssignments}: what a PUT must carry ({@code
 * principalId}, {@code role}, {@code principalType}, required in the Kusto API's {@code
 * DatabasePrincipalProperties}, with their enums), checked before the generic store keeps it;
 * deletes are long-running.
 */
final class DataExplorerPrincipals {
  static final String TYPE = "microsoft.kusto/clusters/databases/principalassignments";

  private static final List<String> ROLES =
      List.of("Admin", "Ingestor", "Monitor", "User", "UnrestrictedViewer", "Viewer");
  private static final List<String> TYPES = List.of("App", "Group", "User");

  private DataExplorerPrincipals() {}

  /** Refuses a body Azure would refuse; fills in {@code tenantId} as Azure does when left out. */
  static void check(JsonNode in) {
    JsonNode props = in.get("properties");
    if (!(props instanceof ObjectNode p)) {
      throw ApiError.badRequest("BadRequest", "The principal assignment properties are required.");
    }
    String principal = Json.text(p, "principalId");
    if (principal == null || principal.isBlank()) {
      throw ApiError.badRequest("BadRequest", "The property 'principalId' is required.");
    }
    requireOneOf(p, "role", ROLES);
    requireOneOf(p, "principalType", TYPES);
    if (Json.text(p, "tenantId") == null) {
      p.put("tenantId", Backend.DEFAULT_TENANT);
    }
  }

  /**
   * A delete is a long-running operation: the REST API's example
   * (KustoDatabasePrincipalAssignmentsDelete.json, 2023-08-15) answers 200, 202 or 204, each with
   * Azure-AsyncOperation. The sandbox answers 202 with it; the assignment is gone when the
   * operation is done. (A PUT answers 200 or 201 with the assignment already Succeeded and no such
   * header, in the create example, and so it does here.)
   */
  static Resp delete(Backend b, Req req, ArmPath p, ObjectNode existing) {
    if (existing == null) {
      return Resp.empty(204);
    }
    Operation op =
        b.startOperation(
            "delete",
            Paths.key(Json.text(existing, "id")),
            p.subscription(),
            "Microsoft.Kusto",
            null,
            req.failLro());
    return b.withLroHeaders(Resp.empty(202), op);
  }

  private static void requireOneOf(ObjectNode p, String field, List<String> allowed) {
    String value = Json.text(p, field);
    if (value == null || !allowed.contains(value)) {
      throw ApiError.badRequest(
          "BadRequest",
          "The property '" + field + "' must be one of " + String.join(", ", allowed) + ".");
    }
  }
}
