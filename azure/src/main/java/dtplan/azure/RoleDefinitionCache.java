package dtplan.azure;

import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.RoleDefinitions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Role names to GUIDs: built-ins from the table, others looked up once per provider. */
final class RoleDefinitionCache {
  private final ArmClient arm;
  private final String subscription;
  private final Map<String, Optional<String>> looked = new ConcurrentHashMap<>();

  RoleDefinitionCache(ArmClient arm, String subscription) {
    this.arm = arm;
    this.subscription = subscription;
  }

  /** The GUID of a role name (or a GUID given as is); empty when Azure knows no such role. */
  Optional<String> guidOf(String roleName, Context ctx) {
    if (RoleDefinitions.isGuid(roleName)) {
      return Optional.of(roleName.toLowerCase(Locale.ROOT));
    }
    Optional<String> builtIn = RoleDefinitions.builtInGuid(roleName);
    if (builtIn.isPresent()) {
      return builtIn;
    }
    String key = roleName.toLowerCase(Locale.ROOT);
    Optional<String> cached = looked.get(key);
    if (cached != null) {
      return cached;
    }
    Optional<String> found = lookUp(roleName, ctx);
    looked.put(key, found);
    return found;
  }

  private Optional<String> lookUp(String roleName, Context ctx) {
    List<JsonNode> defs =
        arm.list(
            "/subscriptions/" + subscription + "/providers/Microsoft.Authorization/roleDefinitions",
            ApiVersions.AUTHORIZATION,
            "roleName eq '" + roleName.replace("'", "''") + "'",
            ctx);
    return defs.stream()
        .filter(d -> roleName.equalsIgnoreCase(Json.text(d, "properties", "roleName")))
        .map(d -> Json.text(d, "name") != null ? Json.text(d, "name") : Json.text(d, "id"))
        .map(RoleDefinitions::guidOf)
        .findFirst();
  }
}
