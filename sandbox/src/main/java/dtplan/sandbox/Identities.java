package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Managed identity blocks on instances: system principals and links to user-assigned ones. */
final class Identities {
  /**
   * The only values accepted, spelled exactly: the {@code DigitalTwinsIdentityType} enum of the
   * REST spec (adt-arm-2023-01-31/digitaltwins.json). "SystemAssigned, UserAssigned" with a space
   * is not among them, though the Java SDK's generic {@code ResourceIdentityType} writes it so.
   */
  static final List<String> TYPES =
      List.of("None", "SystemAssigned", "UserAssigned", "SystemAssigned,UserAssigned");

  private final Backend b;

  Identities(Backend b) {
    this.b = b;
  }

  /**
   * The identity to store, or null for none. A system identity keeps its principal while it stays
   * enabled and gets a new one each time it is enabled again, as in Azure.
   */
  ObjectNode resolve(JsonNode requested, ObjectNode previous, boolean patch) {
    String previousSystem = Json.text(previous, "principalId");
    if (requested == null || requested.isNull()) {
      b.removePrincipal(previousSystem);
      return null;
    }
    String type = Json.text(requested, "type");
    if (!TYPES.contains(type)) {
      // The code is assumed (ARM's answer is not in any source); the values are the spec's.
      throw ApiError.badRequest(
          "InvalidIdentityType",
          "The identity type '"
              + type
              + "' is not supported. Supported types are 'None', 'SystemAssigned',"
              + " 'UserAssigned' and 'SystemAssigned,UserAssigned'.");
    }
    boolean system = type.startsWith("SystemAssigned");
    boolean user = type.endsWith("UserAssigned");
    if (!system) {
      b.removePrincipal(previousSystem);
    }
    if (!system && !user) {
      return null;
    }
    ObjectNode out = Json.object();
    out.put(
        "type",
        system && user
            ? "SystemAssigned,UserAssigned"
            : system ? "SystemAssigned" : "UserAssigned");
    if (system) {
      if (previousSystem != null) {
        out.put("principalId", previousSystem);
      } else {
        String principal = Backend.newGuid();
        out.put("principalId", principal);
        b.addPrincipal(principal);
      }
    }
    // A user-assigned-only identity carries the tenant too
    // (test_create_digital_twin_with_identity).
    out.put("tenantId", Backend.DEFAULT_TENANT);
    if (user) {
      out.set("userAssignedIdentities", linkUserAssigned(requested, previous, patch));
    }
    return out;
  }

  private ObjectNode linkUserAssigned(JsonNode requested, ObjectNode previous, boolean patch) {
    ObjectNode asked = Json.obj(requested, "userAssignedIdentities");
    ObjectNode out = Json.object();
    // A PATCH may name only the identities it changes; null values unlink.
    if (patch && Json.obj(previous, "userAssignedIdentities") != null) {
      Json.obj(previous, "userAssignedIdentities")
          .fields()
          .forEachRemaining(e -> out.set(e.getKey(), e.getValue().deepCopy()));
    }
    if (asked != null) {
      Iterator<Map.Entry<String, JsonNode>> it = asked.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue() == null || e.getValue().isNull()) {
          removeIgnoringCase(out, e.getKey());
          continue;
        }
        ObjectNode uai = b.resource(Paths.normalise(e.getKey()));
        if (uai == null || !Resources.UAI_TYPE.equalsIgnoreCase(Json.text(uai, "type"))) {
          throw ApiError.badRequest(
              "FailedIdentityOperation",
              "Identity operation for resource failed with error 'Failed to perform resource"
                  + " identity operation. Status: 'NotFound'. Response: 'The user assigned"
                  + " identity '"
                  + e.getKey()
                  + "' was not found.''.");
        }
        removeIgnoringCase(out, e.getKey());
        ObjectNode v = out.putObject(Json.text(uai, "id"));
        ObjectNode p = Json.obj(uai, "properties");
        v.put("principalId", Json.text(p, "principalId"));
        v.put("clientId", Json.text(p, "clientId"));
      }
    }
    if (out.isEmpty()) {
      throw ApiError.badRequest(
          "BadRequest",
          "The identity type includes 'UserAssigned' but no user assigned identities were given.");
    }
    return out;
  }

  private static void removeIgnoringCase(ObjectNode node, String key) {
    String lower = Paths.key(Paths.normalise(key));
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    for (String n : names) {
      if (Paths.key(n).equals(lower)) {
        node.remove(n);
      }
    }
  }

  /** Whether the instance identity has a user-assigned identity with this id linked. */
  /**
   * Refuses an identity reference ({@code {type, userAssignedIdentity}}; null means the system
   * identity) that the instance does not have, as Azure refuses an endpoint's or a data history
   * connection's.
   */
  static void requireOnInstance(ObjectNode wanted, ObjectNode instance, String what) {
    String kind = wanted == null ? "SystemAssigned" : Json.text(wanted, "type");
    ObjectNode identity = Json.obj(instance, "identity");
    if ("UserAssigned".equalsIgnoreCase(kind)) {
      String uai = Json.text(wanted, "userAssignedIdentity");
      if (!Identities.hasUserAssigned(identity, uai)) {
        throw ApiError.badRequest(
            "BadRequest",
            "The user assigned identity '"
                + uai
                + "' is not assigned to Digital Twins instance '"
                + Json.text(instance, "name")
                + "'.");
      }
    } else if ("SystemAssigned".equalsIgnoreCase(kind)) {
      if (!Identities.hasSystemAssigned(identity)) {
        throw ApiError.badRequest(
            "BadRequest",
            "The system assigned identity is not enabled on Digital Twins instance '"
                + Json.text(instance, "name")
                + "'.");
      }
    } else {
      throw ApiError.badRequest(
          "BadRequest",
          "The " + what + " identity type must be 'SystemAssigned' or 'UserAssigned'.");
    }
  }

  static boolean hasUserAssigned(ObjectNode identity, String id) {
    ObjectNode map = Json.obj(identity, "userAssignedIdentities");
    if (map == null || id == null) {
      return false;
    }
    String want = Paths.key(Paths.normalise(id));
    Iterator<String> names = map.fieldNames();
    while (names.hasNext()) {
      if (Paths.key(names.next()).equals(want)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasSystemAssigned(ObjectNode identity) {
    String type = Json.text(identity, "type");
    return type != null
        && type.contains("SystemAssigned")
        && Json.text(identity, "principalId") != null;
  }
}
