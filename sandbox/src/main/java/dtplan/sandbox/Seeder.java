package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Loads a seed document (format in docs/sandbox.md) as if each resource had been PUT; resource
 * groups are implied, operations finish at once and principals count as replicated.
 */
final class Seeder {
  private final Backend b;
  private final Arm arm;

  Seeder(Backend b, Arm arm) {
    this.b = b;
    this.arm = arm;
  }

  void seed(JsonNode doc) {
    if (doc == null || !doc.isObject()) {
      throw new IllegalArgumentException("A seed document must be a JSON object.");
    }
    synchronized (b.lock) {
      b.seeding = true;
      try {
        b.advance();
        for (JsonNode g : items(doc, "resourceGroups")) {
          String sub = textOr(g, "subscriptionId", Arm.DEFAULT_SUBSCRIPTION);
          arm.groups.put(sub, require(g, "name"), g);
        }
        List<JsonNode> resources = items(doc, "resources");
        // Parents before children, whatever order the file lists them in.
        resources.sort(Comparator.comparingInt(r -> Paths.segments(require(r, "id")).size()));
        for (JsonNode r : resources) {
          seedResource(require(r, "id"), r.get("body"));
          b.advance();
        }
        for (JsonNode p : items(doc, "principals")) {
          if (!p.isTextual()) {
            throw new IllegalArgumentException("principals must be a list of object id strings");
          }
          b.addPrincipal(p.asText());
        }
        for (JsonNode a : items(doc, "roleAssignments")) {
          seedAssignment(require(a, "id"), a);
        }
      } finally {
        b.seeding = false;
        b.save();
      }
    }
  }

  private void seedResource(String id, JsonNode body) {
    String path = Paths.normalise(id);
    List<String> s = Paths.segments(path);
    ArmPath p = ArmPath.of(s);
    if (p == null || p.collection() || p.rest().isEmpty()) {
      throw new IllegalArgumentException("seed resource '" + id + "' is not an ARM resource id");
    }
    ObjectNode in = body instanceof ObjectNode o ? o : Json.object();
    if (p.group() != null && b.group(p.subscription(), p.group()) == null) {
      ObjectNode g = Json.object();
      String loc = Json.text(in, "location");
      g.put("location", loc == null ? "westeurope" : loc);
      arm.groups.put(p.subscription(), p.group(), g);
    }
    Req req = new Req("PUT", path, s, Map.of("api-version", "seed"), Map.of(), in, false);
    try {
      arm.resources.handle(req, p);
    } catch (ApiError e) {
      throw new IllegalArgumentException(
          "seed resource '" + id + "' was refused: " + e.code() + ": " + e.getMessage());
    }
  }

  private void seedAssignment(String id, JsonNode a) {
    List<String> s = Paths.segments(Paths.normalise(id));
    int at = Authorization.find(s);
    if (at < 0 || s.size() != at + 4 || !Paths.is(s.get(at + 2), "roleAssignments")) {
      throw new IllegalArgumentException(
          "seed role assignment '" + id + "' is not a role assignment id");
    }
    String scope = at == 0 ? "/" : "/" + String.join("/", s.subList(0, at));
    String fullId =
        (scope.equals("/") ? "" : scope)
            + Authorization.PROVIDER
            + "roleAssignments/"
            + s.get(at + 3);
    try {
      arm.authorization.putAssignment(
          a, scope, s.get(at + 3), fullId, b.data.roleAssignments.get(Paths.key(fullId)));
    } catch (ApiError e) {
      throw new IllegalArgumentException(
          "seed role assignment '" + id + "' was refused: " + e.code() + ": " + e.getMessage());
    }
  }

  private static List<JsonNode> items(JsonNode doc, String field) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode v = doc.get(field);
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("'" + field + "' must be a list");
    }
    v.forEach(out::add);
    return out;
  }

  private static String require(JsonNode n, String field) {
    String v = Json.text(n, field);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("a seed entry lacks the string field '" + field + "'");
    }
    return v;
  }

  private static String textOr(JsonNode n, String field, String dflt) {
    String v = Json.text(n, field);
    return v == null ? dflt : v;
  }
}
