package dtplan.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.resources.fluent.ResourcesClient;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.azure.resourcemanager.resources.models.Identity;
import com.azure.resourcemanager.resources.models.IdentityUserAssignedIdentitiesValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Reads of any ARM resource by id through the SDK's typed generic-resource client ({@code
 * getByIdWithResponse}), handed on as JSON so that the per-type mappers read ARM's shapes.
 */
final class GenericResources {
  private final AzureConnection connection;
  private final ResourcesClient client;

  GenericResources(AzureConnection connection) {
    this.connection = connection;
    this.client = connection.resourceManager().serviceClient().getResources();
  }

  ResourcesClient client() {
    return client;
  }

  /** One call to ARM, with its failures described. */
  <T> T call(java.util.function.Supplier<T> call) {
    return SdkCalls.arm(connection.armEndpoint(), call);
  }

  /** The resource as JSON, or null when ARM says it (or its parent) does not exist. */
  JsonNode get(String id, String apiVersion, Context ctx) {
    GenericResourceInner inner =
        SdkCalls.orNull(
            connection.armEndpoint(),
            () -> client.getByIdWithResponse(id, apiVersion, ctx).getValue());
    return inner == null ? null : toJson(inner);
  }

  /**
   * The typed resource as ARM JSON. The typed identity model knows only the spellings of its enum
   * ("SystemAssigned, UserAssigned" with a space) and drops the type of any other, such as the
   * 2023-01-31 API's "SystemAssigned,UserAssigned": then the type is rebuilt from what the identity
   * carries (a principalId means the system identity; user identities are the map's keys).
   */
  static ObjectNode toJson(GenericResourceInner inner) {
    ObjectNode json = Json.object();
    json.put("id", inner.id());
    json.put("name", inner.name());
    json.put("type", inner.type());
    json.put("location", inner.location());
    if (inner.tags() != null) {
      ObjectNode tags = json.putObject("tags");
      inner.tags().forEach(tags::put);
    }
    Identity identity = inner.identity();
    if (identity != null) {
      ObjectNode id = json.putObject("identity");
      Map<String, IdentityUserAssignedIdentitiesValue> users = identity.userAssignedIdentities();
      boolean hasUsers = users != null && !users.isEmpty();
      String type =
          identity.type() != null
              ? identity.type().toString()
              : identity.principalId() != null
                  ? (hasUsers ? "SystemAssigned,UserAssigned" : "SystemAssigned")
                  : (hasUsers ? "UserAssigned" : null);
      id.put("type", type);
      id.put("principalId", identity.principalId());
      id.put("tenantId", identity.tenantId());
      if (hasUsers) {
        ObjectNode uais = id.putObject("userAssignedIdentities");
        users.forEach(
            (k, v) -> {
              ObjectNode u = uais.putObject(k);
              if (v != null) {
                u.put("principalId", v.principalId());
                u.put("clientId", v.clientId());
              }
            });
      }
    }
    if (inner.properties() != null) {
      json.set("properties", Json.MAPPER.valueToTree(inner.properties()));
    }
    return json;
  }
}
