package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Private endpoints to an instance: what Microsoft.Network refuses, and the connection the instance
 * gets, lists, lets its owner approve and loses with the private endpoint.
 */
class PrivateEndpointsTest {
  static final String RG = RulesTest.RG;
  static final String INST = RulesTest.INST;
  static final String A = RulesTest.A;
  static final String NET = RG + "/providers/Microsoft.Network";
  static final String SUBNET = NET + "/virtualNetworks/vnet/subnets/adt";
  static final String ZONE = NET + "/privateDnsZones/privatelink.digitaltwins.azure.net";
  static final String PE = NET + "/privateEndpoints/pe";

  Sandbox sb;
  Http http;

  @BeforeEach
  void start() throws Exception {
    sb = Sandbox.start(SandboxConfig.defaults());
    http = new Http(sb);
    http.put(RG + "?api-version=2021-04-01", "{\"location\":\"westeurope\"}");
    http.put(INST + A, "{\"location\":\"westeurope\"}");
    http.put(NET + "/virtualNetworks/vnet" + A, "{\"location\":\"westeurope\"}");
    http.put(SUBNET + A, "{\"properties\":{\"addressPrefix\":\"10.0.0.0/24\"}}");
    http.put(ZONE + A, "{\"location\":\"global\"}");
    http.get(INST + A);
  }

  @AfterEach
  void stop() {
    sb.close();
  }

  private Http.Res putEndpoint(String subnet, String field, String group) {
    Http.Res r =
        http.put(
            PE + A,
            """
            {"location": "westeurope", "properties": {"subnet": {"id": "%s"},
              "%s": [{"name": "pe", "properties": {"privateLinkServiceId": "%s",
                "groupIds": ["%s"], "requestMessage": "please"}}]}}
            """
                .formatted(subnet, field, INST, group));
    http.get(INST + A); // lets the zero-length operation finish
    return r;
  }

  private JsonNode connections() {
    return http.get(INST + A).json().path("properties").path("privateEndpointConnections");
  }

  @Test
  void aMissingSubnetIsAnInvalidResourceReference() {
    Http.Res r =
        putEndpoint(
            NET + "/virtualNetworks/vnet/subnets/nope", "privateLinkServiceConnections", "API");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("InvalidResourceReference");
    assertThat(http.get(PE + A).status()).isEqualTo(404);
  }

  @Test
  void anInstanceOffersOnlyTheApiGroup() {
    Http.Res r = putEndpoint(SUBNET, "privateLinkServiceConnections", "blob");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("InvalidGroupId");
  }

  @Test
  void anAutomaticRequestIsApprovedAndListedOnTheInstanceUntilTheEndpointIsDeleted() {
    Http.Res r = putEndpoint(SUBNET, "privateLinkServiceConnections", "API");
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.header("Azure-AsyncOperation")).isNotNull();
    JsonNode listed = connections();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).path("properties").path("privateEndpoint").path("id").asText())
        .isEqualTo(PE);
    assertThat(
            listed
                .get(0)
                .path("properties")
                .path("privateLinkServiceConnectionState")
                .path("status")
                .asText())
        .isEqualTo("Approved");

    assertThat(http.delete(PE + A).status()).isEqualTo(202);
    http.get(INST + A);
    assertThat(http.get(PE + A).status()).isEqualTo(404);
    assertThat(connections()).isEmpty();
  }

  @Test
  void aManualRequestWaitsUntilTheInstanceApprovesIt() {
    putEndpoint(SUBNET, "manualPrivateLinkServiceConnections", "API");
    JsonNode c = connections().get(0);
    assertThat(
            c.path("properties").path("privateLinkServiceConnectionState").path("status").asText())
        .isEqualTo("Pending");
    String id = c.path("id").asText();
    Http.Res approved =
        http.put(
            id + A,
            "{\"properties\":{\"privateLinkServiceConnectionState\":"
                + "{\"status\":\"Approved\",\"description\":\"ok\"}}}");
    assertThat(approved.status()).isEqualTo(202);
    http.get(INST + A);
    assertThat(
            connections()
                .get(0)
                .path("properties")
                .path("privateLinkServiceConnectionState")
                .path("status")
                .asText())
        .isEqualTo("Approved");
    JsonNode mirrored =
        http.get(PE + A)
            .json()
            .path("properties")
            .path("manualPrivateLinkServiceConnections")
            .get(0);
    assertThat(
            mirrored
                .path("properties")
                .path("privateLinkServiceConnectionState")
                .path("status")
                .asText())
        .isEqualTo("Approved");
  }

  @Test
  void aConnectionIsNeverMadeByAPutOfItsOwn() {
    Http.Res r =
        http.put(
            INST + "/privateEndpointConnections/made-up" + A,
            "{\"properties\":{\"privateLinkServiceConnectionState\":{\"status\":\"Approved\"}}}");
    assertThat(r.status()).isEqualTo(404);
  }

  @Test
  void aZoneGroupNeedsItsPrivateDnsZone() {
    putEndpoint(SUBNET, "privateLinkServiceConnections", "API");
    String group = PE + "/privateDnsZoneGroups/default" + A;
    String body =
        "{\"properties\":{\"privateDnsZoneConfigs\":[{\"name\":\"z\",\"properties\":"
            + "{\"privateDnsZoneId\":\"%s\"}}]}}";
    Http.Res missing = http.put(group, body.formatted(NET + "/privateDnsZones/nope.example"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("InvalidResourceReference");
    assertThat(http.put(group, body.formatted(ZONE)).status()).isEqualTo(201);
  }
}
