package dtplan.azure;

import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.model.DataHistoryConnection;
import dtplan.model.EndpointIdentity;
import java.util.Map;

/**
 * Data history connections between ARM JSON ({@code AzureDataExplorerConnectionProperties}, REST
 * spec 2023-01-31) and the model. The identity reference has an endpoint's shape.
 */
final class DataHistoryJson {
  static final String COLLECTION = "timeSeriesDatabaseConnections";

  private DataHistoryJson() {}

  static DataHistoryConnection fromArm(String instanceId, JsonNode json) {
    JsonNode p = Json.at(json, "properties");
    JsonNode identity = Json.at(p, "identity");
    String type = Json.text(identity, "type");
    JsonNode removals = Json.at(p, "recordPropertyAndItemRemovals");
    return new DataHistoryConnection(
        instanceId,
        ArmLists.nameOf(json),
        Json.text(p, "adxResourceId"),
        Json.text(p, "adxEndpointUri"),
        Json.text(p, "adxDatabaseName"),
        Json.text(p, "adxTableName"),
        Json.text(p, "adxTwinLifecycleEventsTableName"),
        Json.text(p, "adxRelationshipLifecycleEventsTableName"),
        Json.text(p, "eventHubEndpointUri"),
        Json.text(p, "eventHubEntityPath"),
        Json.text(p, "eventHubNamespaceResourceId"),
        Json.text(p, "eventHubConsumerGroup"),
        removals != null && removals.asBoolean(false),
        "UserAssigned".equalsIgnoreCase(type)
            ? EndpointIdentity.user(Json.text(identity, "userAssignedIdentity"))
            : EndpointIdentity.SYSTEM,
        Json.text(p, "provisioningState"));
  }

  @SuppressWarnings("unchecked")
  static GenericResourceInner putBody(DataHistoryConnection c) {
    ObjectNode p = Json.object();
    p.put("connectionType", "AzureDataExplorer");
    p.put("adxResourceId", c.adxResourceId());
    p.put("adxEndpointUri", c.adxEndpointUri());
    p.put("adxDatabaseName", c.adxDatabaseName());
    p.put("adxTableName", c.adxTableName());
    putIfSet(p, "adxTwinLifecycleEventsTableName", c.adxTwinLifecycleEventsTableName());
    putIfSet(
        p, "adxRelationshipLifecycleEventsTableName", c.adxRelationshipLifecycleEventsTableName());
    p.put("eventHubEndpointUri", c.eventHubEndpointUri());
    p.put("eventHubEntityPath", c.eventHubEntityPath());
    p.put("eventHubNamespaceResourceId", c.eventHubNamespaceResourceId());
    p.put("eventHubConsumerGroup", c.eventHubConsumerGroup());
    p.put("recordPropertyAndItemRemovals", c.recordPropertyAndItemRemovals());
    ObjectNode identity = p.putObject("identity");
    identity.put("type", c.identity().armType());
    if (!c.identity().isSystem()) {
      identity.put("userAssignedIdentity", c.identity().userAssignedIdentity());
    }
    return new GenericResourceInner().withProperties(Json.MAPPER.convertValue(p, Map.class));
  }

  private static void putIfSet(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
