package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code digitalTwinsInstances/endpoints}: validation, async create/delete. */
final class Endpoints {
  static final int MAX_PER_INSTANCE = 6;
  private static final Pattern NAME =
      Pattern.compile("^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{2,48}[a-zA-Z0-9]$");

  private final Backend b;

  Endpoints(Backend b) {
    this.b = b;
  }

  /** Routes can only target endpoints that have finished provisioning. */
  static boolean active(ObjectNode endpoint) {
    String state = Json.text(Json.obj(endpoint, "properties"), "provisioningState");
    return "Succeeded".equals(state) || "Updating".equals(state);
  }

  Resp put(Req req, ArmPath p, String id, ObjectNode instance, ObjectNode existing) {
    JsonNode in = req.requireBody();
    if (!NAME.matcher(p.name()).matches()) {
      throw ApiError.badRequest(
          "InvalidResourceName",
          "The endpoint name '"
              + p.name()
              + "' is invalid. It must be 3 to 49 letters, digits or hyphens, not only digits,"
              + " and not start or end with a hyphen.");
    }
    ObjectNode props = Json.obj(in, "properties");
    if (props == null) {
      throw ApiError.badRequest("BadRequest", "The endpoint properties are required.");
    }
    String type =
        canonical(Json.text(props, "endpointType"), "EventHub", "ServiceBus", "EventGrid");
    if (type == null) {
      throw ApiError.badRequest(
          "BadRequest", "The endpointType must be one of 'EventHub', 'ServiceBus' or 'EventGrid'.");
    }
    String auth = Json.text(props, "authenticationType");
    auth = auth == null ? "KeyBased" : canonical(auth, "KeyBased", "IdentityBased");
    if (auth == null) {
      throw ApiError.badRequest(
          "BadRequest", "The authenticationType must be 'KeyBased' or 'IdentityBased'.");
    }
    if (existing != null) {
      ObjectNode old = Json.obj(existing, "properties");
      if (Instances.busy(existing)) {
        throw Instances.busyError(p.name());
      }
      if (!type.equals(Json.text(old, "endpointType"))) {
        throw ApiError.badRequest(
            "EndpointTypeChangeNotAllowed",
            "The endpoint type of endpoint '"
                + p.name()
                + "' cannot be changed from '"
                + Json.text(old, "endpointType")
                + "' to '"
                + type
                + "'. Delete the endpoint and create it again.");
      }
      if (!auth.equals(Json.text(old, "authenticationType"))) {
        throw ApiError.badRequest(
            "EndpointAuthenticationTypeChangeNotAllowed",
            "The authentication type of endpoint '"
                + p.name()
                + "' cannot be changed from '"
                + Json.text(old, "authenticationType")
                + "' to '"
                + auth
                + "'. The authentication type must be chosen when the endpoint is created;"
                + " delete the endpoint and create it again.");
      }
    } else if (countEndpoints(instance) >= MAX_PER_INSTANCE) {
      throw ApiError.badRequest(
          "LimitExceeded",
          "The maximum number of endpoints ("
              + MAX_PER_INSTANCE
              + ") for Digital Twins instance '"
              + Json.text(instance, "name")
              + "' has been reached.");
    }
    EndpointSecrets.validate(type, props);
    if (auth.equals("KeyBased")) {
      requireKeys(type, props);
    } else {
      requireIdentity(type, props, instance);
    }

    ObjectNode outProps = props.deepCopy();
    EndpointSecrets.keepFingerprints(outProps);
    outProps.put("endpointType", type);
    outProps.put("authenticationType", auth);
    String now = b.isoNow();
    ObjectNode oldProps = Json.obj(existing, "properties");
    outProps.put("createdTime", oldProps != null ? Json.text(oldProps, "createdTime") : now);
    outProps.put("provisioningState", existing == null ? "Provisioning" : "Updating");
    ObjectNode out = Json.object();
    out.put("id", id);
    out.put("name", existing != null ? Json.text(existing, "name") : p.name());
    out.put("type", "Microsoft.DigitalTwins/digitalTwinsInstances/endpoints");
    out.set("systemData", Instances.systemData(existing, now));
    out.set("properties", outProps);
    String key = Paths.key(id);
    b.data.resources.put(key, out);
    Operation op =
        Instances.startChildOperation(
            b, existing == null ? "create" : "update", key, req, p, instance);
    ObjectNode shown = out.deepCopy();
    EndpointSecrets.mask(shown, existing == null);
    return b.withLroHeaders(Resp.of(existing == null ? 201 : 200, shown), op);
  }

  private static String canonical(String value, String... allowed) {
    for (String a : allowed) {
      if (a.equalsIgnoreCase(value)) {
        return a;
      }
    }
    return null;
  }

  private int countEndpoints(ObjectNode instance) {
    String prefix = Paths.key(Json.text(instance, "id")) + "/endpoints/";
    int n = 0;
    for (String k : b.data.resources.keySet()) {
      if (k.startsWith(prefix)) {
        n++;
      }
    }
    return n;
  }

  private static void requireKeys(String type, ObjectNode props) {
    switch (type) {
      case "EventHub" -> requireConnectionString(props, "connectionStringPrimaryKey", type);
      case "ServiceBus" -> requireConnectionString(props, "primaryConnectionString", type);
      default -> {
        String topic = Json.text(props, "TopicEndpoint");
        if (topic == null || topic.isBlank() || Json.text(props, "accessKey1") == null) {
          throw ApiError.badRequest(
              "BadRequest", "An EventGrid endpoint requires 'TopicEndpoint' and 'accessKey1'.");
        }
        if (!topic.startsWith("https://")) {
          throw ApiError.badRequest(
              "BadRequest", "The EventGrid TopicEndpoint '" + topic + "' must be an https URL.");
        }
      }
    }
  }

  /** Key-based endpoints need their first key; its format is EndpointSecrets' to check. */
  private static void requireConnectionString(ObjectNode props, String field, String type) {
    String cs = Json.text(props, field);
    if (cs == null || cs.isBlank()) {
      throw ApiError.badRequest(
          "BadRequest",
          "A KeyBased " + type + " endpoint requires a connection string in '" + field + "'.");
    }
  }

  private static void requireIdentity(String type, ObjectNode props, ObjectNode instance) {
    if (type.equals("EventGrid")) {
      throw ApiError.badRequest(
          "BadRequest", "Identity based authentication is not supported for EventGrid endpoints.");
    }
    String uri = Json.text(props, "endpointUri");
    if (uri == null || Json.text(props, "entityPath") == null) {
      throw ApiError.badRequest(
          "BadRequest", "An IdentityBased endpoint requires 'endpointUri' and 'entityPath'.");
    }
    if (!uri.startsWith("sb://")) {
      throw ApiError.badRequest(
          "BadRequest", "The endpointUri '" + uri + "' must start with 'sb://'.");
    }
    Identities.requireOnInstance(Json.obj(props, "identity"), instance, "endpoint");
  }

  Resp delete(Req req, ArmPath p, ObjectNode existing) {
    if (existing == null) {
      return Resp.empty(204);
    }
    ArmPath instancePath = p.parent();
    Map<String, ObjectNode> routes = b.data.routes.get(Paths.key(instancePath.id()));
    List<String> using = new ArrayList<>();
    if (routes != null) {
      for (ObjectNode r : routes.values()) {
        if (p.name().equalsIgnoreCase(Json.text(r, "endpointName"))) {
          using.add(Json.text(r, "id"));
        }
      }
    }
    if (!using.isEmpty()) {
      throw ApiError.badRequest(
          "BadRequest",
          "Nested endpoint routes found. Please remove following endpoint routes first: "
              + String.join(", ", using));
    }
    Json.child(existing, "properties").put("provisioningState", "Deleting");
    ObjectNode instance = b.resource(instancePath.id());
    Operation op =
        Instances.startChildOperation(
            b, "delete", Paths.key(Json.text(existing, "id")), req, p, instance);
    ObjectNode shown = existing.deepCopy();
    EndpointSecrets.mask(shown, false);
    // The 202 of a delete carries "systemData": null (test_create_endpoint_with_identity.json).
    shown.putNull("systemData");
    return b.withLroHeaders(Resp.of(202, shown), op);
  }
}
