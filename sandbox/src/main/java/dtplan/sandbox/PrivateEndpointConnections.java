package dtplan.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code digitalTwinsInstances/privateEndpointConnections}: made by a private endpoint that reaches
 * the instance, never by a PUT of its own; a PUT only changes its state (approve or reject), as
 * PrivateEndpointConnectionPut_example.json does, and mirrors that state on the private endpoint.
 * Stored as the instance's children, which its GET lists in {@code privateEndpointConnections}
 * (DigitalTwinsGet_WithPrivateEndpointConnection_example.json).
 */
final class PrivateEndpointConnections {
  static final String TYPE = Resources.INSTANCE_TYPE + "/privateendpointconnections";
  private static final Set<String> STATES = Set.of("Approved", "Pending", "Rejected");

  private final Backend b;

  PrivateEndpointConnections(Backend b) {
    this.b = b;
  }

  /**
   * The connection of {@code endpointId} on the instance, made now if it has none: Approved for an
   * automatic request, whose caller may approve on the target ("Auto-Approved", as the network
   * examples show), else Pending with the request message.
   */
  String connect(String instanceId, String endpointId, String message, boolean automatic) {
    ObjectNode found = of(instanceId, endpointId);
    if (found != null) {
      return Json.text(found, "name");
    }
    String name = endpointId.substring(endpointId.lastIndexOf('/') + 1) + "." + Backend.newGuid();
    ObjectNode c = Json.object();
    c.put("id", instanceId + "/privateEndpointConnections/" + name);
    c.put("name", name);
    c.put("type", "Microsoft.DigitalTwins/digitalTwinsInstances/privateEndpointConnections");
    ObjectNode props = c.putObject("properties");
    props.put("provisioningState", "Succeeded");
    props.putObject("privateEndpoint").put("id", endpointId);
    props.putArray("groupIds").add("API");
    ObjectNode state = props.putObject("privateLinkServiceConnectionState");
    state.put("status", automatic ? "Approved" : "Pending");
    state.put("description", automatic ? "Auto-Approved" : message == null ? "" : message);
    state.put("actionsRequired", "None");
    b.data.resources.put(Paths.key(Json.text(c, "id")), c);
    return name;
  }

  ObjectNode stateOf(String instanceId, String name) {
    ObjectNode c = b.resource(instanceId + "/privateEndpointConnections/" + name);
    return Json.obj(Json.obj(c, "properties"), "privateLinkServiceConnectionState").deepCopy();
  }

  Resp put(Req req, ArmPath p, ObjectNode existing) {
    if (existing == null) {
      throw ApiError.notFound(
          "PrivateEndpointConnectionNotFound",
          "Private endpoint connection '" + p.name() + "' was not found.");
    }
    ObjectNode wanted =
        Json.obj(Json.obj(req.requireBody(), "properties"), "privateLinkServiceConnectionState");
    String status = wanted == null ? null : Json.text(wanted, "status");
    if (status == null || !STATES.contains(status)) {
      throw ApiError.badRequest(
          "BadRequest",
          "privateLinkServiceConnectionState.status must be Approved, Pending or Rejected.");
    }
    ObjectNode props = Json.child(existing, "properties");
    ObjectNode state = Json.child(props, "privateLinkServiceConnectionState");
    state.put("status", status);
    state.put("description", String.valueOf(Json.text(wanted, "description")));
    props.put("provisioningState", "Updating");
    mirror(existing);
    ObjectNode instance = b.resource(p.parent().id());
    Operation op =
        b.startOperation(
            "update",
            Paths.key(Json.text(existing, "id")),
            p.subscription(),
            Instances.NAMESPACE,
            Json.text(instance, "location"),
            req.failLro());
    return b.withLroHeaders(Resp.of(202, existing.deepCopy()), op);
  }

  Resp delete(ArmPath p, ObjectNode existing) {
    if (existing == null) {
      return Resp.empty(204);
    }
    b.data.resources.remove(Paths.key(Json.text(existing, "id")));
    return Resp.empty(200);
  }

  /** The instance's connections, as its GET lists them. */
  ArrayNode listed(String instanceId) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    String prefix = Paths.key(instanceId) + "/privateendpointconnections/";
    for (Map.Entry<String, ObjectNode> e : b.data.resources.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        ObjectNode c = e.getValue().deepCopy();
        c.remove("type");
        c.remove("name");
        Json.child(c, "properties").remove("provisioningState");
        out.add(c);
      }
    }
    return out;
  }

  /** A deleted private endpoint's connections go with it, on every instance. */
  static void forget(Backend b, String endpointKey) {
    List<String> gone = new ArrayList<>();
    for (Map.Entry<String, ObjectNode> e : b.data.resources.entrySet()) {
      if (belongsTo(e, "", endpointKey)) {
        gone.add(e.getKey());
      }
    }
    gone.forEach(b.data.resources::remove);
  }

  private ObjectNode of(String instanceId, String endpointId) {
    for (Map.Entry<String, ObjectNode> e : b.data.resources.entrySet()) {
      if (belongsTo(e, Paths.key(instanceId), Paths.key(endpointId))) {
        return e.getValue();
      }
    }
    return null;
  }

  /** A stored connection under {@code instanceKey} (any, if empty) for the private endpoint. */
  private static boolean belongsTo(
      Map.Entry<String, ObjectNode> stored, String instanceKey, String endpointKey) {
    String peId =
        Json.text(Json.obj(Json.obj(stored.getValue(), "properties"), "privateEndpoint"), "id");
    return stored.getKey().startsWith(instanceKey)
        && stored.getKey().contains("/privateendpointconnections/")
        && peId != null
        && Paths.key(peId).equals(endpointKey);
  }

  /** The private endpoint shows the state its target gave the connection. */
  private void mirror(ObjectNode connection) {
    ObjectNode props = Json.obj(connection, "properties");
    ObjectNode endpoint = b.resource(Json.text(Json.obj(props, "privateEndpoint"), "id"));
    ObjectNode ep = Json.obj(endpoint, "properties");
    for (String field :
        new String[] {"privateLinkServiceConnections", "manualPrivateLinkServiceConnections"}) {
      if (ep != null && ep.get(field) instanceof ArrayNode links) {
        for (var link : links) {
          Json.child((ObjectNode) link, "properties")
              .set(
                  "privateLinkServiceConnectionState",
                  Json.obj(props, "privateLinkServiceConnectionState").deepCopy());
        }
      }
    }
  }
}
