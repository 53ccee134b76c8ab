package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.regex.Pattern;

/** {@code Microsoft.DigitalTwins/digitalTwinsInstances}: async create, PATCH, async delete. */
final class Instances {
  private static final Pattern NAME = Pattern.compile("^(?!-)[A-Za-z0-9-]{3,63}(?<!-)$");
  static final String NAMESPACE = "Microsoft.DigitalTwins";

  private final Backend b;
  private final Identities identities;

  Instances(Backend b, Identities identities) {
    this.b = b;
    this.identities = identities;
  }

  static boolean isInstance(ObjectNode res) {
    return Resources.INSTANCE_TYPE.equalsIgnoreCase(Json.text(res, "type"));
  }

  /** The data-plane URL of an instance: a path prefix on this server, see docs/sandbox.md. */
  static String hostName(Backend b, ObjectNode instance) {
    ArmPath p = ArmPath.of(Paths.segments(Json.text(instance, "id")));
    return b.baseUrl + "_dataplane/" + p.subscription() + "/" + p.group() + "/" + p.name();
  }

  static boolean busy(ObjectNode res) {
    String state = Json.text(Json.obj(res, "properties"), "provisioningState");
    return "Provisioning".equals(state) || "Updating".equals(state) || "Deleting".equals(state);
  }

  static ApiError busyError(String name) {
    return ApiError.conflict(
        "AnotherOperationInProgress",
        "Another operation is in progress on resource '" + name + "'. Please retry later.");
  }

  Resp put(Req req, ArmPath p, String id, ObjectNode existing) {
    JsonNode in = req.requireBody();
    if (!NAME.matcher(p.name()).matches()) {
      throw ApiError.badRequest(
          "InvalidResourceName",
          "The resource name '"
              + p.name()
              + "' is invalid. It must be 3 to 63 characters long, contain only letters, digits"
              + " and hyphens, and not start or end with a hyphen.");
    }
    Tags.check(in.get("tags"), Resources.INSTANCE_TYPE);
    String location = Json.text(in, "location");
    if (location == null || location.isBlank()) {
      throw ApiError.badRequest(
          "LocationRequired", "The location property is required for this definition.");
    }
    location = Resources.normaliseLocation(location);
    if (existing != null) {
      String old = Json.text(existing, "location");
      if (!location.equals(old)) {
        throw ApiError.badRequest(
            "InvalidResourceLocation",
            "The resource '"
                + p.name()
                + "' already exists in location '"
                + old
                + "' in resource group '"
                + p.group()
                + "'. A resource with the same name cannot be created in location '"
                + location
                + "'. Please select a new resource name.");
      }
      if (busy(existing)) {
        throw busyError(p.name());
      }
    }
    ObjectNode props = Json.obj(in, "properties");
    ObjectNode oldProps = Json.obj(existing, "properties");
    ObjectNode identity =
        identities.resolve(in.get("identity"), Json.obj(existing, "identity"), false);

    ObjectNode out = Json.object();
    out.put("id", id);
    out.put("name", existing != null ? Json.text(existing, "name") : p.name());
    out.put("type", "Microsoft.DigitalTwins/digitalTwinsInstances");
    out.put("location", location);
    if (in.get("tags") instanceof ObjectNode tags) {
      out.set("tags", tags.deepCopy());
    } else {
      // An instance without tags reads "tags": null (test_create_digital_twin_with_identity).
      out.putNull("tags");
    }
    if (identity != null) {
      out.set("identity", identity);
    }
    String now = b.isoNow();
    out.set("systemData", systemData(existing, now));
    ObjectNode outProps = out.putObject("properties");
    outProps.put("createdTime", oldProps != null ? Json.text(oldProps, "createdTime") : now);
    outProps.put("lastUpdatedTime", now);
    outProps.put("provisioningState", existing == null ? "Provisioning" : "Updating");
    if (existing == null) {
      outProps.putNull("hostName");
    } else {
      outProps.set("hostName", oldProps.get("hostName"));
    }
    String pna = Json.text(props, "publicNetworkAccess");
    outProps.put("publicNetworkAccess", pna == null ? "Enabled" : pna);
    String key = Paths.key(id);
    b.data.resources.put(key, out);
    Operation op =
        b.startOperation(
            existing == null ? "create" : "update",
            key,
            p.subscription(),
            NAMESPACE,
            location,
            req.failLro());
    ObjectNode shown = out.deepCopy();
    if (existing == null) {
      unresolved(Json.obj(shown, "identity"));
    }
    return b.withLroHeaders(Resp.of(existing == null ? 201 : 200, shown), op);
  }

  /**
   * The 201 of a create shows each user-assigned identity with {@code clientId} and {@code
   * principalId} null; they appear once the operation is done
   * (test_create_digital_twin_with_identity and test_create_endpoint_with_identity). So a client
   * cannot take them from the create answer.
   */
  private static void unresolved(ObjectNode identity) {
    ObjectNode users = Json.obj(identity, "userAssignedIdentities");
    if (users != null) {
      users
          .fields()
          .forEachRemaining(
              e -> {
                ObjectNode v = Json.object();
                v.putNull("clientId");
                v.putNull("principalId");
                e.setValue(v);
              });
    }
  }

  Resp patch(Req req, ObjectNode existing) {
    JsonNode in = req.requireBody();
    if (busy(existing)) {
      throw busyError(Json.text(existing, "name"));
    }
    boolean async = false;
    if (in.has("tags")) {
      Tags.check(in.get("tags"), Resources.INSTANCE_TYPE);
      if (in.get("tags") instanceof ObjectNode tags) {
        existing.set("tags", tags.deepCopy());
      } else {
        existing.putNull("tags");
      }
    }
    if (in.has("identity")) {
      ObjectNode identity =
          identities.resolve(in.get("identity"), Json.obj(existing, "identity"), true);
      if (identity == null) {
        existing.remove("identity");
      } else {
        existing.set("identity", identity);
      }
      async = true;
    }
    String pna = Json.text(Json.obj(in, "properties"), "publicNetworkAccess");
    ObjectNode props = Json.child(existing, "properties");
    if (pna != null) {
      props.put("publicNetworkAccess", pna);
      async = true;
    }
    String now = b.isoNow();
    props.put("lastUpdatedTime", now);
    existing.set("systemData", systemData(existing, now));
    if (!async) {
      return Resp.of(200, existing.deepCopy());
    }
    props.put("provisioningState", "Updating");
    ArmPath p = ArmPath.of(Paths.segments(Json.text(existing, "id")));
    Operation op =
        b.startOperation(
            "update",
            Paths.key(Json.text(existing, "id")),
            p.subscription(),
            NAMESPACE,
            Json.text(existing, "location"),
            req.failLro());
    return b.withLroHeaders(Resp.of(202, existing.deepCopy()), op);
  }

  Resp delete(Req req, ArmPath p, ObjectNode existing) {
    if (existing == null) {
      return Resp.empty(204);
    }
    ObjectNode props = Json.child(existing, "properties");
    props.put("provisioningState", "Deleting");
    Operation op =
        b.startOperation(
            "delete",
            Paths.key(Json.text(existing, "id")),
            p.subscription(),
            NAMESPACE,
            Json.text(existing, "location"),
            req.failLro());
    return b.withLroHeaders(Resp.of(202, existing.deepCopy()), op);
  }

  /**
   * Starts the operation of a child of an instance (an endpoint, a data history connection): its
   * status is reported under Microsoft.DigitalTwins in the instance's location.
   */
  static Operation startChildOperation(
      Backend b, String kind, String childKey, Req req, ArmPath p, ObjectNode instance) {
    return b.startOperation(
        kind,
        childKey,
        p.subscription(),
        NAMESPACE,
        Json.text(instance, "location"),
        req.failLro());
  }

  static ObjectNode systemData(ObjectNode existing, String now) {
    ObjectNode old = Json.obj(existing, "systemData");
    ObjectNode sd = Json.object();
    sd.put("createdBy", old != null ? Json.text(old, "createdBy") : "sandbox@example.com");
    sd.put("createdByType", "User");
    sd.put("createdAt", old != null ? Json.text(old, "createdAt") : now);
    sd.put("lastModifiedBy", "sandbox@example.com");
    sd.put("lastModifiedByType", "User");
    sd.put("lastModifiedAt", now);
    return sd;
  }

  /** Answers checkNameAvailability; instance names are global because they become hostnames. */
  Resp checkName(Req req) {
    JsonNode in = req.requireBody();
    String name = Json.text(in, "name");
    ObjectNode out = Json.object();
    if (name == null || !NAME.matcher(name).matches()) {
      out.put("nameAvailable", false);
      out.put("message", "Name '" + name + "' is invalid.");
      out.put("reason", "Invalid");
      return Resp.of(200, out);
    }
    String suffix = "/providers/" + Resources.INSTANCE_TYPE + "/" + name.toLowerCase(Locale.ROOT);
    boolean taken = b.data.resources.keySet().stream().anyMatch(k -> k.endsWith(suffix));
    out.put("nameAvailable", !taken);
    if (taken) {
      out.put("message", "Name '" + name + "' is already taken. Please specify a different name");
      out.put("reason", "AlreadyExists");
    } else {
      out.putNull("message");
      out.putNull("reason");
    }
    return Resp.of(200, out);
  }
}
