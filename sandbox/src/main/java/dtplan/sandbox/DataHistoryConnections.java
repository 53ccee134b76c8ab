package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code digitalTwinsInstances/timeSeriesDatabaseConnections}: the REST spec's validation (name
 * pattern, the {@code AzureDataExplorer} discriminator, its required properties), defaults and
 * asynchronous create and delete, answered as test_create_tsdbconnection_with_identity.json shows:
 * a create is 201 with {@code provisioningState: Provisioning} and Azure-AsyncOperation, a delete
 * 202 with {@code Deleting} (and its systemData, unlike an endpoint's).
 */
final class DataHistoryConnections {
  static final String TYPE = Resources.INSTANCE_TYPE + "/timeseriesdatabaseconnections";

  /** The REST spec's {@code timeSeriesDatabaseConnectionName} pattern. */
  private static final Pattern NAME =
      Pattern.compile("^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{2,49}[a-zA-Z0-9]$");

  /** {@code AzureDataExplorerConnectionProperties.required}, in the REST spec. */
  private static final List<String> REQUIRED =
      List.of(
          "adxEndpointUri",
          "adxResourceId",
          "adxDatabaseName",
          "eventHubEndpointUri",
          "eventHubEntityPath",
          "eventHubNamespaceResourceId");

  private final Backend b;

  DataHistoryConnections(Backend b) {
    this.b = b;
  }

  Resp put(Req req, ArmPath p, String id, ObjectNode instance, ObjectNode existing) {
    JsonNode in = req.requireBody();
    if (!NAME.matcher(p.name()).matches()) {
      throw ApiError.badRequest(
          "InvalidResourceName",
          "The time series database connection name '"
              + p.name()
              + "' is invalid. It must be 3 to 50 letters, digits or hyphens, not only digits,"
              + " and not start or end with a hyphen.");
    }
    ObjectNode props = Json.obj(in, "properties");
    if (props == null || !"AzureDataExplorer".equals(Json.text(props, "connectionType"))) {
      throw ApiError.badRequest("BadRequest", "The connectionType must be 'AzureDataExplorer'.");
    }
    for (String field : REQUIRED) {
      String value = Json.text(props, field);
      if (value == null || value.isBlank()) {
        throw ApiError.badRequest(
            "BadRequest", "The property '" + field + "' is required for AzureDataExplorer.");
      }
    }
    String uri = Json.text(props, "eventHubEndpointUri");
    if (!uri.startsWith("sb://")) {
      // The spec: "It must include the protocol sb://".
      throw ApiError.badRequest(
          "BadRequest", "The eventHubEndpointUri '" + uri + "' must start with 'sb://'.");
    }
    if (existing != null && Instances.busy(existing)) {
      throw Instances.busyError(p.name());
    }
    Identities.requireOnInstance(
        Json.obj(props, "identity"), instance, "time series database connection");

    ObjectNode outProps = props.deepCopy();
    // The spec's defaults, as the recording's answer fills them in.
    defaultTo(outProps, "adxTableName", "AdtPropertyEvents");
    defaultTo(outProps, "eventHubConsumerGroup", "$Default");
    if (!outProps.has("recordPropertyAndItemRemovals")) {
      outProps.put("recordPropertyAndItemRemovals", false);
    }
    outProps.put("provisioningState", existing == null ? "Provisioning" : "Updating");
    String now = b.isoNow();
    ObjectNode out = Json.object();
    out.put("id", id);
    out.put("name", existing != null ? Json.text(existing, "name") : p.name());
    out.put("type", "Microsoft.DigitalTwins/digitalTwinsInstances/timeSeriesDatabaseConnections");
    out.set("properties", outProps);
    out.set("systemData", Instances.systemData(existing, now));
    String key = Paths.key(id);
    b.data.resources.put(key, out);
    Operation op =
        Instances.startChildOperation(
            b, existing == null ? "create" : "update", key, req, p, instance);
    return b.withLroHeaders(Resp.of(existing == null ? 201 : 200, out.deepCopy()), op);
  }

  private static void defaultTo(ObjectNode props, String field, String value) {
    if (Json.text(props, field) == null) {
      props.put(field, value);
    }
  }

  Resp delete(Req req, ArmPath p, ObjectNode existing) {
    if (existing == null) {
      return Resp.empty(204);
    }
    Json.child(existing, "properties").put("provisioningState", "Deleting");
    ObjectNode instance = b.resource(p.parent().id());
    Operation op =
        Instances.startChildOperation(
            b, "delete", Paths.key(Json.text(existing, "id")), req, p, instance);
    return b.withLroHeaders(Resp.of(202, existing.deepCopy()), op);
  }
}
