package dtplan.azure;

import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.model.ArmId;
import dtplan.model.PrivateEndpoint;
import dtplan.model.PrivateEndpointConnection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Private endpoints, their DNS zone groups and the connections instances list for them, between ARM
 * JSON and the model: the shapes of Microsoft.Network's privateEndpoint.json (2023-09-01,
 * PrivateEndpoints_CreateOrUpdate and PrivateDnsZoneGroups_CreateOrUpdate) and of the ADT spec's
 * PrivateEndpointConnectionPut_example.json.
 */
final class PrivateEndpointJson {
  /** The one zone group dtplan writes on a private endpoint it manages. */
  static final String ZONE_GROUP = "default";

  private PrivateEndpointJson() {}

  /**
   * The model of a listed private endpoint; {@code zoneGroup} is its zone group as read (or null).
   * A manual connection counts as well as an automatic one: either names what it reaches.
   */
  static PrivateEndpoint fromArm(JsonNode json, JsonNode zoneGroup) {
    JsonNode p = Json.at(json, "properties");
    JsonNode connection = first(Json.at(p, "privateLinkServiceConnections"));
    if (connection == null) {
      connection = first(Json.at(p, "manualPrivateLinkServiceConnections"));
    }
    JsonNode cp = Json.at(connection, "properties");
    JsonNode groups = Json.at(cp, "groupIds");
    Map<String, String> tags = new LinkedHashMap<>();
    JsonNode t = Json.at(json, "tags");
    if (t != null) {
      t.fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
    }
    return new PrivateEndpoint(
        Json.text(json, "id"),
        Json.text(cp, "privateLinkServiceId"),
        location(Json.text(json, "location")),
        ArmId.normalize(Json.text(p, "subnet", "id")),
        groups == null || groups.isEmpty() ? null : groups.get(0).asText(),
        dnsZone(zoneGroup),
        tags,
        Json.text(p, "provisioningState"));
  }

  /** The zone group's first zone: dtplan writes one. */
  static String dnsZone(JsonNode zoneGroup) {
    JsonNode config = first(Json.at(zoneGroup, "properties", "privateDnsZoneConfigs"));
    return ArmId.normalize(Json.text(config, "properties", "privateDnsZoneId"));
  }

  static GenericResourceInner putBody(PrivateEndpoint pe) {
    ObjectNode p = Json.object();
    p.putObject("subnet").put("id", pe.subnet());
    ObjectNode connection = p.putArray("privateLinkServiceConnections").addObject();
    connection.put("name", pe.name());
    ObjectNode cp = connection.putObject("properties");
    cp.put("privateLinkServiceId", pe.instanceId());
    cp.putArray("groupIds").add(pe.groupId());
    return new GenericResourceInner()
        .withLocation(pe.location())
        .withTags(pe.tags())
        .withProperties(map(p));
  }

  static GenericResourceInner zoneGroupBody(String dnsZone) {
    ObjectNode p = Json.object();
    ArrayNode configs = p.putArray("privateDnsZoneConfigs");
    ObjectNode config = configs.addObject();
    // A config's name only has to be unique in its group; the zone's name says which it is.
    config.put("name", ArmId.lastSegment(dnsZone).replace('.', '-'));
    config.putObject("properties").put("privateDnsZoneId", dnsZone);
    return new GenericResourceInner().withProperties(map(p));
  }

  static PrivateEndpointConnection connectionFromArm(String instanceId, JsonNode json) {
    JsonNode p = Json.at(json, "properties");
    return new PrivateEndpointConnection(
        instanceId,
        Json.text(json, "name") != null
            ? Json.text(json, "name")
            : ArmId.lastSegment(Json.text(json, "id")),
        Json.text(p, "privateEndpoint", "id"),
        Json.text(p, "privateLinkServiceConnectionState", "status"),
        Json.text(p, "privateLinkServiceConnectionState", "description"));
  }

  static GenericResourceInner approvalBody(PrivateEndpointConnection c) {
    ObjectNode p = Json.object();
    ObjectNode state = p.putObject("privateLinkServiceConnectionState");
    state.put("status", c.status());
    state.put("description", c.description());
    return new GenericResourceInner().withProperties(map(p));
  }

  private static String location(String location) {
    return location == null ? null : location.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
  }

  private static JsonNode first(JsonNode array) {
    return array != null && array.isArray() && !array.isEmpty() ? array.get(0) : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(ObjectNode node) {
    return Json.MAPPER.convertValue(node, Map.class);
  }
}
