package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * {@code Microsoft.Network/privateEndpoints} and their {@code privateDnsZoneGroups}, in the shapes
 * of Microsoft.Network's privateEndpoint.json (2023-09-01) and its examples: validation, then a
 * long-running create or delete. A private endpoint that reaches an instance gets a connection on
 * it ({@link PrivateEndpointConnections}), approved at once for {@code
 * privateLinkServiceConnections} and Pending for {@code manualPrivateLinkServiceConnections}.
 */
final class PrivateEndpoints {
  static final String TYPE = "microsoft.network/privateendpoints";
  static final String ZONE_GROUP_TYPE = TYPE + "/privatednszonegroups";
  static final String NAMESPACE = "Microsoft.Network";

  private final Backend b;
  private final PrivateEndpointConnections connections;

  PrivateEndpoints(Backend b) {
    this.b = b;
    this.connections = new PrivateEndpointConnections(b);
  }

  /** What an instance's GET lists in {@code privateEndpointConnections}. */
  com.fasterxml.jackson.databind.node.ArrayNode connectionsOf(String instanceId) {
    return connections.listed(instanceId);
  }

  static boolean serves(String typeKey) {
    return typeKey.equals(TYPE)
        || typeKey.equals(ZONE_GROUP_TYPE)
        || typeKey.equals(PrivateEndpointConnections.TYPE);
  }

  Resp put(Req req, ArmPath p, String id, ObjectNode existing) {
    return switch (p.typeKey()) {
      case TYPE -> putEndpoint(req, p, id, existing);
      case ZONE_GROUP_TYPE -> putZoneGroup(req, p, id, existing);
      default -> connections.put(req, p, existing);
    };
  }

  Resp delete(Req req, ArmPath p, ObjectNode existing) {
    if (p.typeKey().equals(PrivateEndpointConnections.TYPE)) {
      return connections.delete(p, existing);
    }
    if (existing == null) {
      return Resp.empty(204);
    }
    Json.child(existing, "properties").put("provisioningState", "Deleting");
    Operation op =
        b.startOperation(
            "delete",
            Paths.key(Json.text(existing, "id")),
            p.subscription(),
            NAMESPACE,
            locationOf(existing),
            req.failLro());
    return b.withLroHeaders(Resp.empty(202), op);
  }

  /** Called when a delete finishes: a private endpoint's connections go with it. */
  static void deleted(Backend b, String key) {
    if (key.contains("/providers/microsoft.network/privateendpoints/")) {
      PrivateEndpointConnections.forget(b, key);
    }
  }

  private Resp putEndpoint(Req req, ArmPath p, String id, ObjectNode existing) {
    JsonNode in = req.requireBody();
    Tags.check(in.get("tags"), TYPE);
    String location = Json.text(in, "location");
    if (location == null && existing == null) {
      throw ApiError.badRequest(
          "LocationRequired", "The location property is required for this definition.");
    }
    ObjectNode props = Json.obj(in, "properties");
    String subnet = Json.text(Json.obj(props, "subnet"), "id");
    if (subnet == null || b.resource(subnet) == null) {
      // Microsoft.Network's answer for a reference to a resource that does not exist.
      throw ApiError.badRequest(
          "InvalidResourceReference",
          "Resource "
              + subnet
              + " referenced by resource "
              + id
              + " was not found. Please make sure that the referenced resource exists, and that"
              + " both resources are in the same region.");
    }
    if (existing != null) {
      String old = Json.text(Json.obj(Json.obj(existing, "properties"), "subnet"), "id");
      if (!subnet.equalsIgnoreCase(old)) {
        // Assumed: dtplan replaces a private endpoint whose subnet changes (docs/sandbox.md).
        throw ApiError.badRequest(
            "CannotChangeSubnetOfPrivateEndpoint",
            "The subnet of private endpoint " + id + " cannot be changed.");
      }
    }
    ArrayNode auto = props.get("privateLinkServiceConnections") instanceof ArrayNode a ? a : null;
    ArrayNode manual =
        props.get("manualPrivateLinkServiceConnections") instanceof ArrayNode a ? a : null;
    boolean automatic = auto != null && !auto.isEmpty();
    ArrayNode links = automatic ? auto : manual;
    if (links == null || links.size() != 1 || (automatic && manual != null && !manual.isEmpty())) {
      throw ApiError.badRequest(
          "InvalidPrivateLinkServiceConnections",
          "A private endpoint needs exactly one privateLinkServiceConnections or"
              + " manualPrivateLinkServiceConnections entry.");
    }
    ObjectNode link = (ObjectNode) links.get(0);
    ObjectNode linkProps = Json.child(link, "properties");
    String target = Json.text(linkProps, "privateLinkServiceId");
    ObjectNode instance = target == null ? null : b.resource(target);
    if (instance == null || !Instances.isInstance(instance)) {
      throw ApiError.badRequest(
          "InvalidResourceReference",
          "Resource "
              + target
              + " referenced by resource "
              + id
              + " was not found. Please make sure that the referenced resource exists.");
    }
    JsonNode groups = linkProps.get("groupIds");
    if (groups == null || groups.size() != 1 || !"API".equalsIgnoreCase(groups.get(0).asText())) {
      throw ApiError.badRequest(
          "InvalidGroupId",
          "An Azure Digital Twins instance offers one private link group, 'API'.");
    }
    ObjectNode out = Json.object();
    out.put("id", id);
    out.put("name", p.name());
    out.put("type", "Microsoft.Network/privateEndpoints");
    out.put(
        "location",
        location != null ? Resources.normaliseLocation(location) : locationOf(existing));
    if (in.has("tags")) {
      out.set("tags", in.get("tags").deepCopy());
    }
    ObjectNode outProps = props.deepCopy();
    outProps.put("provisioningState", "Updating");
    String field =
        automatic ? "privateLinkServiceConnections" : "manualPrivateLinkServiceConnections";
    String connection =
        connections.connect(
            Json.text(instance, "id"), id, Json.text(linkProps, "requestMessage"), automatic);
    ObjectNode outLink = (ObjectNode) outProps.get(field).get(0);
    outLink.put("id", id + "/" + field + "/" + Json.text(link, "name"));
    Json.child(outLink, "properties")
        .set(
            "privateLinkServiceConnectionState",
            connections.stateOf(Json.text(instance, "id"), connection));
    out.set("properties", outProps);
    String key = Paths.key(id);
    b.data.resources.put(key, out);
    Operation op =
        b.startOperation(
            existing == null ? "create" : "update",
            key,
            p.subscription(),
            NAMESPACE,
            Json.text(out, "location"),
            req.failLro());
    return b.withLroHeaders(Resp.of(existing == null ? 201 : 200, out.deepCopy()), op);
  }

  private Resp putZoneGroup(Req req, ArmPath p, String id, ObjectNode existing) {
    JsonNode in = req.requireBody();
    ObjectNode props = Json.obj(in, "properties");
    JsonNode configs = props == null ? null : props.get("privateDnsZoneConfigs");
    if (configs == null || !configs.isArray() || configs.isEmpty()) {
      throw ApiError.badRequest(
          "InvalidRequestFormat", "A private DNS zone group needs privateDnsZoneConfigs.");
    }
    for (JsonNode config : configs) {
      String zone = Json.text(Json.obj(config, "properties"), "privateDnsZoneId");
      if (zone == null
          || !zone.toLowerCase(Locale.ROOT)
              .contains("/providers/microsoft.network/privatednszones/")
          || b.resource(zone) == null) {
        throw ApiError.badRequest(
            "InvalidResourceReference",
            "Resource "
                + zone
                + " referenced by resource "
                + id
                + " was not found. Please make sure that the referenced resource exists.");
      }
    }
    ObjectNode out = Json.object();
    out.put("id", id);
    out.put("name", p.name());
    out.put("type", "Microsoft.Network/privateEndpoints/privateDnsZoneGroups");
    ObjectNode outProps = props.deepCopy();
    outProps.put("provisioningState", "Updating");
    out.set("properties", outProps);
    String key = Paths.key(id);
    b.data.resources.put(key, out);
    ObjectNode endpoint = b.resource(p.parent().id());
    Operation op =
        b.startOperation(
            existing == null ? "create" : "update",
            key,
            p.subscription(),
            NAMESPACE,
            locationOf(endpoint),
            req.failLro());
    return b.withLroHeaders(Resp.of(existing == null ? 201 : 200, out.deepCopy()), op);
  }

  private static String locationOf(ObjectNode resource) {
    return resource == null ? null : Json.text(resource, "location");
  }
}
