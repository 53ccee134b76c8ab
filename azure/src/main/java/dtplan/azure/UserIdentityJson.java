package dtplan.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.model.ArmId;
import dtplan.model.UserIdentity;

/** User-assigned identities between ARM JSON and the model. */
final class UserIdentityJson {
  private UserIdentityJson() {}

  static UserIdentity fromArm(JsonNode json) {
    return new UserIdentity(
        ArmId.normalize(Json.text(json, "id")),
        Normalise.location(Json.text(json, "location")),
        Normalise.tags(Json.at(json, "tags")),
        Json.text(json, "properties", "principalId"),
        Json.text(json, "properties", "clientId"));
  }

  static ObjectNode putBody(UserIdentity desired) {
    ObjectNode body = Json.object();
    body.put("location", desired.location());
    ObjectNode tags = body.putObject("tags");
    desired.tags().forEach(tags::put);
    return body;
  }
}
