package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the SDK's typed generic-resource model writes and reads for instances. */
class TypedModelsTest {
  static final String RG = "/subscriptions/s/resourceGroups/rg/providers/";
  static final String ADT = RG + "Microsoft.DigitalTwins/digitalTwinsInstances/adt";
  static final String UAI_A = RG + "Microsoft.ManagedIdentity/userAssignedIdentities/a";
  static final String UAI_B = RG + "Microsoft.ManagedIdentity/userAssignedIdentities/b";

  static GenericResourceInner parse(String json) throws IOException {
    try (JsonReader reader = JsonProviders.createReader(json)) {
      return GenericResourceInner.fromJson(reader);
    }
  }

  @Test
  void theApisSpellingOfBothIdentitiesSurvivesTheTypedModel() throws IOException {
    // The SDK's enum knows only "SystemAssigned, UserAssigned" and reads this spelling as null.
    GenericResourceInner inner =
        parse(
            """
            {"id": "%s", "name": "adt", "location": "westeurope",
             "identity": {"type": "SystemAssigned,UserAssigned", "principalId": "p", "tenantId": "t",
                          "userAssignedIdentities": {"%s": {"principalId": "pa", "clientId": "ca"}}},
             "properties": {"hostName": "adt.api.weu.digitaltwins.azure.net",
                            "provisioningState": "Succeeded"}}
            """
                .formatted(ADT, UAI_A));

    Instance adt = InstanceJson.fromArm(GenericResources.toJson(inner));

    assertThat(adt.identity().system()).isTrue();
    assertThat(adt.identity().principalId()).isEqualTo("p");
    assertThat(adt.identity().userAssigned()).containsExactly(UAI_A);
    assertThat(adt.identity().userPrincipalIds()).containsEntry(UAI_A, "pa");
    assertThat(adt.hostName()).isEqualTo("adt.api.weu.digitaltwins.azure.net");
  }

  @Test
  void aUserIdentityOnlyKeepsItsTypeToo() throws IOException {
    GenericResourceInner inner =
        parse(
            """
            {"id": "%s", "identity": {"type": "UserAssigned",
                                      "userAssignedIdentities": {"%s": {}}}}
            """
                .formatted(ADT, UAI_A));

    InstanceIdentity identity = InstanceJson.fromArm(GenericResources.toJson(inner)).identity();

    assertThat(identity.system()).isFalse();
    assertThat(identity.userAssigned()).containsExactly(UAI_A);
  }

  @Test
  void aPatchUnlinksADroppedUserIdentityWithNull() throws IOException {
    Instance prior =
        new Instance(
            ADT,
            "westeurope",
            Map.of(),
            new InstanceIdentity(true, List.of(UAI_A, UAI_B), null, null, Map.of()),
            "Enabled",
            null,
            null);
    Instance desired =
        new Instance(
            ADT,
            "westeurope",
            Map.of("team", "iot"),
            new InstanceIdentity(true, List.of(UAI_A), null, null, Map.of()),
            "Disabled",
            null,
            null);

    JsonNode body = Json.parse(InstanceJson.patchBody(prior, desired).toJsonString());

    assertThat(Json.text(body, "identity", "type")).isEqualTo("SystemAssigned, UserAssigned");
    JsonNode uais = Json.at(body, "identity", "userAssignedIdentities");
    assertThat(uais.get(UAI_A).isObject()).isTrue();
    assertThat(uais.get(UAI_A).isEmpty()).isTrue();
    assertThat(uais.has(UAI_B)).isTrue();
    assertThat(uais.get(UAI_B).isNull()).isTrue();
    assertThat(Json.text(body, "properties", "publicNetworkAccess")).isEqualTo("Disabled");
    assertThat(Json.text(body, "tags", "team")).isEqualTo("iot");
    assertThat(body.has("location")).isFalse();
  }

  @Test
  void anEndpointBodyCarriesOnlyItsProperties() throws IOException {
    dtplan.model.Endpoint endpoint =
        new dtplan.model.Endpoint(
            ADT,
            "eh",
            dtplan.model.EndpointType.EVENT_HUB,
            dtplan.model.AuthType.IDENTITY,
            dtplan.model.EndpointIdentity.user(UAI_A),
            "sb://ns.servicebus.windows.net/",
            "telemetry",
            null,
            null,
            dtplan.model.EndpointSecrets.NONE,
            null);

    JsonNode body = Json.parse(EndpointJson.putBody(endpoint).toJsonString());

    assertThat(body.fieldNames()).toIterable().containsExactly("properties");
    assertThat(Json.text(body, "properties", "authenticationType")).isEqualTo("IdentityBased");
    assertThat(Json.text(body, "properties", "identity", "userAssignedIdentity")).isEqualTo(UAI_A);
  }
}
