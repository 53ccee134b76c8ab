package dtplan.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Azure RBAC on an instance's data plane: the caller needs a role assignment, at the instance or
 * above it, whose role grants the call's data action and which has propagated. Sources, each named
 * where its rule is applied below, are also listed in docs/sandbox.md "Sources".
 */
final class DataPlaneRbac {
  private final Backend b;

  DataPlaneRbac(Backend b) {
    this.b = b;
  }

  /**
   * The epoch millis from which a role assignment created now counts. Azure RBAC troubleshooting
   * (MicrosoftDocs/azure-docs articles/role-based-access-control/troubleshooting.md, "Role
   * assignment changes are not being detected"): "When you assign roles or remove role assignments,
   * it can take up to 10 minutes for changes to take effect." Seeded assignments stand for ones
   * made long ago, so they count at once.
   */
  static long effectiveFrom(Backend b) {
    return b.seeding ? b.now() : b.now() + b.config.roleAssignmentPropagationDelay().toMillis();
  }

  /** A 403 when the caller may not make this call on this instance's data plane. */
  Optional<Resp> refusal(String method, ObjectNode instance) {
    if (!b.config.dataPlaneRbac()) {
      return Optional.empty();
    }
    String action = dataAction(method);
    String instanceKey = Paths.key(Json.text(instance, "id"));
    long now = b.now();
    for (Map.Entry<String, ObjectNode> e : b.data.roleAssignments.entrySet()) {
      ObjectNode p = Json.obj(e.getValue(), "properties");
      if (b.config.callerPrincipalId().equalsIgnoreCase(Json.text(p, "principalId"))
          && covers(Paths.key(Json.text(p, "scope")), instanceKey)
          && grants(Json.text(p, "roleDefinitionId"), action)
          && b.data.roleAssignmentsEffectiveAt.getOrDefault(e.getKey(), 0L) <= now) {
        return Optional.empty();
      }
    }
    // The answer real ADT gives a caller without a data role: 403 with an empty body and no error
    // code (Azure-Samples/digital-twins-samples#22, response headers "Content-Length: 0";
    // Azure/azure-sdk-for-java#22640, "Status code 403, (empty body)").
    return Optional.of(Resp.empty(403));
  }

  /**
   * The data action an event-route call needs. ADT's monitoring docs (articles/digital-twins/
   * how-to-monitor.md, diagnostics log categories) map Event Routes Add to eventroutes/write, Get
   * By ID and List to eventroutes/read, Delete to eventroutes/delete, and PUT/PATCH to write, GET
   * to read, DELETE to delete; any other method is treated as a write (assumed, stricter).
   */
  static String dataAction(String method) {
    String verb =
        switch (method) {
          case "GET", "HEAD" -> "read";
          case "DELETE" -> "delete";
          default -> "write";
        };
    return "Microsoft.DigitalTwins/eventroutes/" + verb;
  }

  /**
   * Whether an assignment at {@code scope} reaches the instance: its own scope or any parent
   * (resource group, subscription, tenant root). Azure RBAC overview (articles/role-based-access-
   * control/overview.md): "When you grant access at a parent scope, those permissions are inherited
   * to the child scopes." A sibling instance's scope does not reach it.
   */
  static boolean covers(String scopeKey, String instanceKey) {
    return scopeKey.equals("/")
        || scopeKey.equals(instanceKey)
        || instanceKey.startsWith(scopeKey + "/");
  }

  /**
   * Whether the role grants the data action. Only built-in roles grant data actions here; a custom
   * role never does (assumed, stricter: its dataActions are not evaluated).
   */
  static boolean grants(String roleDefinitionId, String action) {
    if (roleDefinitionId == null) {
      return false;
    }
    BuiltInRoles.Role role =
        BuiltInRoles.byGuid(roleDefinitionId.substring(roleDefinitionId.lastIndexOf('/') + 1));
    if (role == null) {
      return false;
    }
    for (String pattern : role.dataActions()) {
      if (matches(pattern, action)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Azure RBAC role definitions (articles/role-based-access-control/role-definitions.md, "Wildcard
   * permissions"): "A wildcard (*) extends a permission to everything that matches the action
   * string you provide." Comparing without case is assumed.
   */
  static boolean matches(String pattern, String action) {
    String regex =
        Arrays.stream(pattern.toLowerCase(Locale.ROOT).split("\\*", -1))
            .map(Pattern::quote)
            .collect(Collectors.joining(".*"));
    return action.toLowerCase(Locale.ROOT).matches(regex);
  }
}
