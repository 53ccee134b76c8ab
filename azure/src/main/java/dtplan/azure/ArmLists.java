package dtplan.azure;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The ARM lists the typed SDK clients cannot make, or make at too high a cost, sent as GETs through
 * the connection's SDK pipeline (authentication, retries, retry reporting) and paged with nextLink:
 *
 * <ul>
 *   <li>the Digital Twins instances of a resource group with their properties: the SDK's generic
 *       list ({@code listByResourceGroup}) drops properties (hostName, publicNetworkAccess);
 *   <li>the endpoints (and other children, such as data history connections) of an instance: the
 *       SDK has no typed list of a generic child resource;
 *   <li>role assignments: the typed list parses each assignment's two timestamps (a regex, then a
 *       {@code DateTimeFormatter}), a fifth of the client's CPU in a read, and dtplan reads
 *       neither.
 * </ul>
 *
 * A failed list is described by the rules of the typed calls ({@link SdkCalls#error}).
 */
final class ArmLists {
  private final AzureConnection connection;

  ArmLists(AzureConnection connection) {
    this.connection = connection;
  }

  /** The instances of a resource group, full bodies. */
  List<JsonNode> instances(String resourceGroupId, Context ctx) {
    // raw: the generic listByResourceGroup has no properties, and there is no typed ADT list here
    return list(
        resourceGroupId + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances",
        ApiVersions.DIGITAL_TWINS,
        ctx);
  }

  /** The children of an instance under {@code collection} ({@code endpoints}). */
  List<JsonNode> children(String instanceId, String collection, Context ctx) {
    // raw: the SDK has no typed list of a generic resource's children
    return list(instanceId + "/" + collection, ApiVersions.DIGITAL_TWINS, ctx);
  }

  /** The principal assignments of an Azure Data Explorer database. */
  List<JsonNode> principalAssignments(String databaseId, Context ctx) {
    // raw: no typed Kusto client is a dependency; the generic client has no child list
    return list(databaseId + "/principalAssignments", ApiVersions.KUSTO, ctx);
  }

  /** A listed child's name: its {@code name}, or the last segment of its id. */
  static String nameOf(JsonNode json) {
    String name = Json.text(json, "name");
    return dtplan.model.ArmId.lastSegment(name != null ? name : Json.text(json, "id"));
  }

  /** The private endpoints of a resource group. */
  List<JsonNode> privateEndpoints(String resourceGroupId, Context ctx) {
    // raw: the generic listByResourceGroup drops properties (subnet, connections)
    return list(
        resourceGroupId + "/providers/Microsoft.Network/privateEndpoints",
        ApiVersions.NETWORK,
        ctx);
  }

  /** The DNS zone groups of a private endpoint. */
  List<JsonNode> zoneGroups(String privateEndpointId, Context ctx) {
    return list(privateEndpointId + "/privateDnsZoneGroups", ApiVersions.NETWORK, ctx);
  }

  /** The private endpoint connections of an instance. */
  List<JsonNode> privateEndpointConnections(String instanceId, Context ctx) {
    return list(instanceId + "/privateEndpointConnections", ApiVersions.DIGITAL_TWINS, ctx);
  }

  /**
   * The role assignments at {@code scope} that {@code filter} selects, as the typed client's {@code
   * listForScope} asks for them: the filter goes verbatim (already encoded, {@link
   * SdkCalls#filter}).
   */
  List<JsonNode> roleAssignments(String scope, String encodedFilter, Context ctx) {
    return list(
        scope + "/providers/Microsoft.Authorization/roleAssignments",
        "$filter=" + encodedFilter + "&",
        ApiVersions.AUTHORIZATION,
        ctx);
  }

  private List<JsonNode> list(String path, String apiVersion, Context ctx) {
    return list(path, "", apiVersion, ctx);
  }

  private List<JsonNode> list(String path, String query, String apiVersion, Context ctx) {
    List<JsonNode> items = new ArrayList<>();
    String next = url(path, query, apiVersion);
    while (next != null) {
      JsonNode page = get(next, ctx);
      JsonNode value = Json.at(page, "value");
      if (value != null) {
        value.forEach(items::add);
      }
      next = Json.text(page, "nextLink");
    }
    return items;
  }

  private String url(String path, String query, String apiVersion) {
    String base = connection.armEndpoint();
    base = base.endsWith("/") ? base : base + "/";
    String p = path.startsWith("/") ? path.substring(1) : path;
    return base + p + "?" + query + "api-version=" + apiVersion;
  }

  private JsonNode get(String url, Context ctx) {
    try (HttpResponse response =
        connection.armPipeline().sendSync(new HttpRequest(HttpMethod.GET, url), ctx)) {
      int status = response.getStatusCode();
      JsonNode body = Json.parse(response.getBodyAsBinaryData().toString());
      if (status < 200 || status >= 300) {
        throw SdkCalls.error(status, body, response.getHeaderValue("x-ms-error-code"));
      }
      return body;
    } catch (RuntimeException e) {
      throw ConnectionFailures.describe(
          e, SdkCalls.armName(connection.armEndpoint()), connection.armEndpoint());
    }
  }
}
