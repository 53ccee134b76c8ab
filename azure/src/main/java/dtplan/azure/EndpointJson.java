package dtplan.azure;

import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.model.ArmId;
import dtplan.model.AuthType;
import dtplan.model.Endpoint;
import dtplan.model.EndpointIdentity;
import dtplan.model.EndpointSecrets;
import dtplan.model.EndpointType;
import dtplan.model.Secret;
import java.util.Map;

/**
 * Endpoints between ARM JSON and the model. Secrets go one way only: {@link Secret#reveal()} is
 * called here, into the request body, and nowhere else; what Azure returns for them is masked and
 * dropped.
 */
final class EndpointJson {
  private EndpointJson() {}

  static Endpoint fromArm(String instanceId, JsonNode json) {
    JsonNode p = Json.at(json, "properties");
    AuthType auth = AuthType.fromArm(Json.text(p, "authenticationType"));
    return new Endpoint(
        instanceId,
        Json.text(json, "name") == null
            ? ArmId.lastSegment(Json.text(json, "id"))
            : ArmId.lastSegment(Json.text(json, "name")),
        EndpointType.fromArm(Json.text(p, "endpointType")),
        auth,
        auth == AuthType.IDENTITY ? identity(Json.at(p, "identity")) : null,
        Json.text(p, "endpointUri"),
        Json.text(p, "entityPath"),
        Json.text(p, "TopicEndpoint"),
        Json.text(p, "deadLetterUri"),
        EndpointSecrets.NONE,
        Json.text(p, "provisioningState"));
  }

  /** Identity-based endpoints without an identity object predate user identities: system. */
  private static EndpointIdentity identity(JsonNode identity) {
    String type = Json.text(identity, "type");
    if (type != null && type.equalsIgnoreCase("UserAssigned")) {
      return EndpointIdentity.user(Json.text(identity, "userAssignedIdentity"));
    }
    return EndpointIdentity.SYSTEM;
  }

  /** The PUT body: the generic resource's properties map, per endpoint and auth type. */
  static GenericResourceInner putBody(Endpoint e) {
    return new GenericResourceInner().withProperties(properties(e));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> properties(Endpoint e) {
    return Json.MAPPER.convertValue(propertiesJson(e), Map.class);
  }

  private static ObjectNode propertiesJson(Endpoint e) {
    ObjectNode p = Json.object();
    p.put("endpointType", e.type().armName());
    p.put("authenticationType", e.auth().armName());
    EndpointSecrets s = e.secrets();
    if (e.auth() == AuthType.IDENTITY) {
      p.put("endpointUri", e.endpointUri());
      p.put("entityPath", e.entityPath());
      EndpointIdentity id = e.identity() == null ? EndpointIdentity.SYSTEM : e.identity();
      ObjectNode identity = p.putObject("identity");
      identity.put("type", id.armType());
      if (!id.isSystem()) {
        identity.put("userAssignedIdentity", id.userAssignedIdentity());
      }
      if (e.deadLetterUri() != null) {
        p.put("deadLetterUri", e.deadLetterUri());
      }
    } else {
      switch (e.type()) {
        case EVENT_HUB -> {
          put(p, "connectionStringPrimaryKey", s.primary());
          put(p, "connectionStringSecondaryKey", s.secondary());
        }
        case SERVICE_BUS -> {
          put(p, "primaryConnectionString", s.primary());
          put(p, "secondaryConnectionString", s.secondary());
        }
        case EVENT_GRID -> {
          p.put("TopicEndpoint", e.topicEndpoint());
          put(p, "accessKey1", s.primary());
          put(p, "accessKey2", s.secondary());
        }
      }
      put(p, "deadLetterSecret", s.deadLetter());
    }
    return p;
  }

  private static void put(ObjectNode node, String field, Secret secret) {
    if (secret != null) {
      node.put(field, secret.reveal());
    }
  }
}
