package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code /subscriptions/{s}/resourcegroups[/{g}]}; any api-version. */
final class ResourceGroups {
  private final Backend b;

  ResourceGroups(Backend b) {
    this.b = b;
  }

  Resp list(Req req, String subscription) {
    List<ObjectNode> value = new ArrayList<>();
    String prefix = "/subscriptions/" + subscription.toLowerCase(Locale.ROOT) + "/";
    b.data.groups.forEach(
        (k, g) -> {
          if (k.startsWith(prefix)) {
            value.add(g.deepCopy());
          }
        });
    return Pages.arm(b, req, value);
  }

  Resp handle(Req req, String subscription, String name) {
    ObjectNode existing = b.group(subscription, name);
    switch (req.method()) {
      case "GET" -> {
        return Resp.of(200, b.requireGroup(subscription, name).deepCopy());
      }
      case "HEAD" -> {
        return Resp.empty(existing == null ? 404 : 204);
      }
      case "PUT" -> {
        JsonNode in = req.requireBody();
        return Resp.of(existing == null ? 201 : 200, put(subscription, name, in).deepCopy());
      }
      case "PATCH" -> {
        b.requireGroup(subscription, name);
        JsonNode in = req.requireBody();
        if (in.has("tags")) {
          Tags.check(in.get("tags"), "microsoft.resources/resourcegroups");
          existing.set("tags", in.get("tags").deepCopy());
        }
        return Resp.of(200, existing.deepCopy());
      }
      case "DELETE" -> {
        if (existing == null) {
          throw ApiError.notFound(
              "ResourceGroupNotFound", "Resource group '" + name + "' could not be found.");
        }
        Json.child(existing, "properties").put("provisioningState", "Deleting");
        Operation op =
            b.startOperation(
                "deleteGroup",
                Paths.key(Json.text(existing, "id")),
                subscription,
                "Microsoft.Resources",
                Json.text(existing, "location"),
                req.failLro());
        return b.withLroHeaders(Resp.empty(202), op);
      }
      default ->
          throw new ApiError(405, "MethodNotAllowed", "The requested method is not allowed.");
    }
  }

  /** Creates or updates a group; the name keeps the case it was first created with. */
  ObjectNode put(String subscription, String name, JsonNode in) {
    ObjectNode existing = b.group(subscription, name);
    Tags.check(in.get("tags"), "microsoft.resources/resourcegroups");
    String location = Json.text(in, "location");
    if (location == null && existing == null) {
      throw ApiError.badRequest(
          "LocationRequired", "The location property is required for this definition.");
    }
    ObjectNode g = Json.object();
    String id = existing != null ? Json.text(existing, "id") : Backend.groupId(subscription, name);
    g.put("id", id);
    g.put("name", existing != null ? Json.text(existing, "name") : name);
    g.put("type", "Microsoft.Resources/resourceGroups");
    g.put(
        "location",
        location != null ? Resources.normaliseLocation(location) : Json.text(existing, "location"));
    if (in.get("tags") instanceof ObjectNode tags) {
      g.set("tags", tags.deepCopy());
    }
    g.putObject("properties").put("provisioningState", "Succeeded");
    b.data.groups.put(Paths.key(id), g);
    return g;
  }
}
