package dtplan.azure;

import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.azure.resourcemanager.resources.models.Identity;
import com.azure.resourcemanager.resources.models.IdentityUserAssignedIdentitiesValue;
import com.azure.resourcemanager.resources.models.ResourceIdentityType;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.ArmId;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
  static GenericResourceInner putBody(Instance desired) {
    GenericResourceInner body =
        new GenericResourceInner().withLocation(desired.location()).withTags(tags(desired));
    return body.withIdentity(identity(desired.identity(), InstanceIdentity.NONE))
        .withProperties(properties(desired));
  }

  /**
   * The PATCH body: only the three fields Azure changes in place. User identities the prior had and
   * the desired has not are sent as null, which is how ARM unlinks them.
   */
  static GenericResourceInner patchBody(Instance prior, Instance desired) {
    GenericResourceInner body = new GenericResourceInner().withTags(tags(desired));
    return body.withIdentity(
            identity(desired.identity(), prior == null ? InstanceIdentity.NONE : prior.identity()))
        .withProperties(properties(desired));
  }

  private static Map<String, String> tags(Instance desired) {
    return new TreeMap<>(desired.tags());
  }

  private static Map<String, Object> properties(Instance desired) {
    Map<String, Object> props = new LinkedHashMap<>();
    if (desired.publicNetworkAccess() != null) {
      props.put("publicNetworkAccess", desired.publicNetworkAccess());
    }
    return props;
  }

  /**
   * The SDK's identity model. Its enum writes both identities as "SystemAssigned, UserAssigned"
   * (with a space) where the 2023-01-31 API spells "SystemAssigned,UserAssigned"; Azure's ARM layer
   * accepts both (docs/azure-provider.md). A user identity to unlink is a null map value.
   */
  static Identity identity(InstanceIdentity desired, InstanceIdentity prior) {
    ResourceIdentityType type =
        desired.system()
            ? desired.userAssigned().isEmpty()
                ? ResourceIdentityType.SYSTEM_ASSIGNED
                : ResourceIdentityType.SYSTEM_ASSIGNED_USER_ASSIGNED
            : desired.userAssigned().isEmpty()
                ? ResourceIdentityType.NONE
                : ResourceIdentityType.USER_ASSIGNED;
    Identity identity = new Identity().withType(type);
    if (!desired.userAssigned().isEmpty()) {
      Map<String, IdentityUserAssignedIdentitiesValue> uais = new LinkedHashMap<>();
      for (String id : desired.userAssigned()) {
        uais.put(id, new IdentityUserAssignedIdentitiesValue());
      }
      for (String id : prior.userAssigned()) {
        if (!desired.hasUser(id)) {
          uais.put(id, null);
        }
      }
      identity.withUserAssignedIdentities(uais);
    }
    return identity;
  }
}
