package dtplan.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.model.ArmId;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Instances between ARM JSON (2023-01-31) and the model. */
final class InstanceJson {
  private InstanceJson() {}

  static Instance fromArm(JsonNode json) {
    return new Instance(
        ArmId.normalize(Json.text(json, "id")),
        Normalise.location(Json.text(json, "location")),
        Normalise.tags(Json.at(json, "tags")),
        identity(Json.at(json, "identity")),
        Json.text(json, "properties", "publicNetworkAccess"),
        Json.text(json, "properties", "hostName"),
        Json.text(json, "properties", "provisioningState"));
  }

  private static InstanceIdentity identity(JsonNode identity) {
    if (identity == null) {
      return InstanceIdentity.NONE;
    }
    boolean system = Normalise.hasSystemIdentity(Json.text(identity, "type"));
    List<String> users = new ArrayList<>();
    Map<String, String> principals = new TreeMap<>();
    JsonNode uais = Json.at(identity, "userAssignedIdentities");
    if (uais != null && uais.isObject()) {
      uais.fields()
          .forEachRemaining(
              e -> {
                String id = ArmId.normalize(e.getKey());
                users.add(id);
                String principal = Json.text(e.getValue(), "principalId");
                if (principal != null) {
                  principals.put(id, principal);
                }
              });
    }
    String principalId = system ? Json.text(identity, "principalId") : null;
    return new InstanceIdentity(
        system, users, principalId, Json.text(identity, "tenantId"), principals);
  }

  /** The full PUT body: location, tags, identity and publicNetworkAccess. */
  static ObjectNode putBody(Instance desired) {
    ObjectNode body = Json.object();
    body.put("location", desired.location());
    body.set("tags", tags(desired.tags()));
    body.set("identity", identityBody(desired.identity(), InstanceIdentity.NONE));
    ObjectNode props = body.putObject("properties");
    if (desired.publicNetworkAccess() != null) {
      props.put("publicNetworkAccess", desired.publicNetworkAccess());
    }
    return body;
  }

  /**
   * The PATCH body: only the three fields Azure changes in place. User identities the prior had and
   * the desired has not are sent as null, which is how ARM unlinks them.
   */
  static ObjectNode patchBody(Instance prior, Instance desired) {
    ObjectNode body = Json.object();
    body.set("tags", tags(desired.tags()));
    body.set(
        "identity",
        identityBody(desired.identity(), prior == null ? InstanceIdentity.NONE : prior.identity()));
    ObjectNode props = body.putObject("properties");
    if (desired.publicNetworkAccess() != null) {
      props.put("publicNetworkAccess", desired.publicNetworkAccess());
    }
    return body;
  }

  private static ObjectNode tags(Map<String, String> tags) {
    ObjectNode node = Json.object();
    tags.forEach(node::put);
    return node;
  }

  private static ObjectNode identityBody(InstanceIdentity desired, InstanceIdentity prior) {
    ObjectNode identity = Json.object();
    identity.put("type", desired.armType());
    if (!desired.userAssigned().isEmpty() || !prior.userAssigned().isEmpty()) {
      ObjectNode uais = Json.object();
      for (String id : desired.userAssigned()) {
        uais.putObject(id);
      }
      for (String id : prior.userAssigned()) {
        if (!desired.hasUser(id) && !desired.userAssigned().isEmpty()) {
          uais.putNull(id);
        }
      }
      if (!desired.userAssigned().isEmpty()) {
        identity.set("userAssignedIdentities", uais);
      }
    }
    return identity;
  }
}
