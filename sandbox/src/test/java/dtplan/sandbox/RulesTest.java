package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each refusal the sandbox makes the way Azure does. */
class RulesTest {
  static final String SUB = "/subscriptions/" + Sandbox.DEFAULT_SUBSCRIPTION;
  static final String RG = SUB + "/resourceGroups/rg";
  static final String INST = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt";
  static final String UAI = RG + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/uai";
  static final String A = "?api-version=2023-01-31";
  static final String RA = "?api-version=2022-04-01";
  static final String DP = "?api-version=2023-10-31";
  static final String EH_CS =
      "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=s;EntityPath=h";

  Sandbox sb;
  Http http;

  @BeforeEach
  void start() throws Exception {
    sb = Sandbox.start(SandboxConfig.defaults());
    http = new Http(sb);
    http.put(RG + "?api-version=2021-04-01", "{\"location\":\"westeurope\"}");
    http.put(UAI + A, "{\"location\":\"westeurope\"}");
    http.put(INST + A, "{\"location\":\"westeurope\",\"identity\":{\"type\":\"SystemAssigned\"}}");
    http.get(INST + A);
  }

  @AfterEach
  void stop() {
    sb.close();
  }

  private Http.Res endpoint(String name, String props) {
    Http.Res r = http.put(INST + "/endpoints/" + name + A, "{\"properties\":" + props + "}");
    http.get(INST + A); // lets the zero-length operation finish
    return r;
  }

  private static String keyBased() {
    return "{\"endpointType\":\"EventHub\",\"connectionStringPrimaryKey\":\"" + EH_CS + "\"}";
  }

  @Test
  void missingResourceGroupAndResource() {
    assertThat(
            http.get(SUB + "/resourceGroups/nope/providers/Microsoft.EventHub/namespaces/x" + A)
                .code())
        .isEqualTo("ResourceGroupNotFound");
    Http.Res r = http.get(RG + "/providers/Microsoft.EventHub/namespaces/x" + A);
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.code()).isEqualTo("ResourceNotFound");
    assertThat(
            http.put(RG + "/providers/Microsoft.EventHub/namespaces/x/eventhubs/h" + A, "{}")
                .code())
        .isEqualTo("ParentResourceNotFound");
  }

  @Test
  void pathsAreCaseInsensitiveButNamesKeepTheirCase() {
    Http.Res r =
        http.get(
            "//subscriptions/"
                + Sandbox.DEFAULT_SUBSCRIPTION
                + "/RESOURCEGROUPS/RG/providers/microsoft.digitaltwins/DIGITALTWINSINSTANCES/ADT"
                + A);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("name").asText()).isEqualTo("adt");
  }

  @Test
  void locationIsImmutable() {
    Http.Res r = http.put(INST + A, "{\"location\":\"northeurope\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("InvalidResourceLocation");
  }

  @Test
  void systemIdentityGetsANewPrincipalWhenReEnabled() {
    String first = http.get(INST + A).json().at("/identity/principalId").asText();
    http.send("PATCH", INST + A, "{\"identity\":{\"type\":\"SystemAssigned\"}}");
    http.get(INST + A);
    assertThat(http.get(INST + A).json().at("/identity/principalId").asText()).isEqualTo(first);
    http.send("PATCH", INST + A, "{\"identity\":{\"type\":\"None\"}}");
    http.get(INST + A);
    http.send(
        "PATCH",
        INST + A,
        "{\"identity\":{\"type\":\"SystemAssigned,UserAssigned\","
            + "\"userAssignedIdentities\":{\""
            + UAI
            + "\":{}}}}");
    Http.Res got = http.get(INST + A);
    assertThat(got.json().at("/identity/principalId").asText()).isNotBlank().isNotEqualTo(first);
    assertThat(got.json().at("/identity/type").asText()).isEqualTo("SystemAssigned,UserAssigned");
  }

  @Test
  void identityTypeIsOneOfTheFourDocumentedSpellings() {
    String users = ",\"userAssignedIdentities\":{\"" + UAI + "\":{}}";
    for (String bad :
        new String[] {
          "SystemAssigned, UserAssigned", "systemassigned", "UserAssigned,SystemAssigned", ""
        }) {
      String body = "{\"identity\":{\"type\":\"" + bad + "\"" + users + "}}";
      Http.Res patch = http.send("PATCH", INST + A, body);
      assertThat(patch.status()).as(bad).isEqualTo(400);
      assertThat(patch.code()).as(bad).isEqualTo("InvalidIdentityType");
      Http.Res put =
          http.put(
              INST.replace("/adt", "/adt9") + A,
              body.replace("{\"identity", "{\"location\":\"westeurope\",\"identity"));
      assertThat(put.status()).as(bad).isEqualTo(400);
      assertThat(put.code()).as(bad).isEqualTo("InvalidIdentityType");
    }
    assertThat(http.get(INST.replace("/adt", "/adt9") + A).status()).isEqualTo(404);
    for (String good :
        new String[] {"SystemAssigned,UserAssigned", "UserAssigned", "SystemAssigned", "None"}) {
      String body = "{\"identity\":{\"type\":\"" + good + "\"" + users + "}}";
      assertThat(http.send("PATCH", INST + A, body).status()).as(good).isEqualTo(202);
      JsonNode got = http.get(INST + A).json();
      assertThat(got.at("/identity/type").asText(null))
          .as(good)
          .isEqualTo(good.equals("None") ? null : good);
    }
  }

  @Test
  void digitalTwinsChildTypesThatAreNotEmulatedSaySo() {
    for (String child : new String[] {"/privateLinkResources"}) {
      Http.Res r =
          http.put(INST + child + A, "{\"properties\":{\"connectionType\":\"AzureDataExplorer\"}}");
      assertThat(r.status()).as(child).isEqualTo(501);
      assertThat(r.code()).as(child).isEqualTo("NotEmulatedBySandbox");
      assertThat(http.get(INST + child + A).status()).as(child).isEqualTo(501);
    }
  }

  @Test
  void userAssignedIdentityMustExist() {
    Http.Res r =
        http.put(
            INST.replace("/adt", "/adt2") + A,
            "{\"location\":\"westeurope\","
                + "\"identity\":{\"type\":\"UserAssigned\",\"userAssignedIdentities\":{\""
                + UAI
                + "x\":{}}}}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("FailedIdentityOperation");
  }

  @Test
  void endpointRules() {
    assertThat(
            endpoint(
                    "eg",
                    "{\"endpointType\":\"EventGrid\",\"authenticationType\":\"IdentityBased\","
                        + "\"endpointUri\":\"sb://x/\",\"entityPath\":\"t\"}")
                .status())
        .isEqualTo(400);
    assertThat(endpoint("eh1", "{\"endpointType\":\"EventHub\"}").status()).isEqualTo(400);
    assertThat(
            endpoint("eg2", "{\"endpointType\":\"EventGrid\",\"TopicEndpoint\":\"https://t\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            endpoint(
                    "ua",
                    "{\"endpointType\":\"ServiceBus\",\"authenticationType\":\"IdentityBased\","
                        + "\"endpointUri\":\"sb://x/\",\"entityPath\":\"t\",\"identity\":{\"type\":\"UserAssigned\","
                        + "\"userAssignedIdentity\":\""
                        + UAI
                        + "\"}}")
                .status())
        .isEqualTo(400);
    assertThat(endpoint("ok1", keyBased()).status()).isEqualTo(201);
    Http.Res change =
        endpoint(
            "ok1",
            "{\"endpointType\":\"EventHub\",\"authenticationType\":\"IdentityBased\","
                + "\"endpointUri\":\"sb://x/\",\"entityPath\":\"t\"}");
    assertThat(change.status()).isEqualTo(400);
    assertThat(change.code()).isEqualTo("EndpointAuthenticationTypeChangeNotAllowed");
    for (int i = 2; i <= 6; i++) {
      assertThat(endpoint("ep" + i, keyBased()).status()).isEqualTo(201);
    }
    Http.Res seventh = endpoint("ep7", keyBased());
    assertThat(seventh.status()).isEqualTo(400);
    assertThat(seventh.code()).isEqualTo("LimitExceeded");
  }

  @Test
  void secretsAreMaskedOnRead() {
    endpoint(
        "sb1",
        "{\"endpointType\":\"ServiceBus\",\"primaryConnectionString\":\""
            + EH_CS
            + "\",\"deadLetterSecret\":\"https://a.blob.core.windows.net/c?sig=x\"}");
    endpoint("eh1", keyBased());
    Http.Res sbGet = http.get(INST + "/endpoints/sb1" + A);
    assertThat(sbGet.json().at("/properties/primaryConnectionString").asText())
        .isEqualTo("Endpoint=sb://***/;SharedAccessKeyName=***;SharedAccessKey=***;EntityPath=***");
    assertThat(sbGet.json().at("/properties/deadLetterSecret").asText()).isEqualTo("************");
    assertThat(
            http.get(INST + "/endpoints/eh1" + A)
                .json()
                .at("/properties/connectionStringPrimaryKey")
                .asText())
        .isEqualTo("************");
    assertThat(http.get(INST + "/endpoints" + A).json().toString())
        .doesNotContain("SharedAccessKey=s");
  }

  /**
   * Azure does not document whether a route may be repointed to an endpoint that is still
   * provisioning; the sandbox takes the strict reading: refused, and the route keeps its endpoint.
   * Once the endpoint is Succeeded, the same PUT replaces the route in place.
   */
  @Test
  void aRouteRepointedToAnEndpointStillProvisioningIsRefusedAndKeepsItsEndpoint() throws Exception {
    TestClock clock = new TestClock();
    try (Sandbox slow =
        Sandbox.start(
            SandboxConfig.defaults().withClock(clock).withLroDuration(Duration.ofSeconds(30)))) {
      CallerRoles.grantDataOwner(slow);
      Http h = new Http(slow);
      h.put(RG + A, "{\"location\":\"westeurope\"}");
      slow.seed(
          "{\"resources\":[{\"id\":\"" + INST + "\",\"body\":{\"location\":\"westeurope\"}}]}");
      String host = h.get(INST + A).json().at("/properties/hostName").asText();
      h.put(INST + "/endpoints/old" + A, "{\"properties\":" + keyBased() + "}");
      clock.advance(Duration.ofSeconds(31));
      String route = host + "/eventroutes/r1" + DP;
      assertThat(h.put(route, "{\"endpointName\":\"old\",\"filter\":\"true\"}").status())
          .isEqualTo(204);
      h.put(INST + "/endpoints/new" + A, "{\"properties\":" + keyBased() + "}");

      Http.Res early = h.put(route, "{\"endpointName\":\"new\",\"filter\":\"true\"}");
      assertThat(early.code()).isEqualTo("EventRouteEndpointInvalid");
      assertThat(h.get(route).json().path("endpointName").asText()).isEqualTo("old");

      clock.advance(Duration.ofSeconds(31));
      assertThat(h.put(route, "{\"endpointName\":\"new\",\"filter\":\"true\"}").status())
          .isEqualTo(204);
      assertThat(h.get(route).json().path("endpointName").asText()).isEqualTo("new");
    }
  }

  @Test
  void routesNeedAnActiveEndpointAndBlockItsDeletion() throws Exception {
    CallerRoles.grantDataOwner(sb);
    String host = http.get(INST + A).json().at("/properties/hostName").asText();
    Http.Res missing =
        http.put(host + "/eventroutes/r1" + DP, "{\"endpointName\":\"eh1\",\"filter\":\"true\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("EventRouteEndpointInvalid");
    assertThat(missing.header("x-ms-error-code")).isEqualTo("EventRouteEndpointInvalid");
    try (Sandbox slow =
        Sandbox.start(SandboxConfig.defaults().withLroDuration(Duration.ofSeconds(30)))) {
      CallerRoles.grantDataOwner(slow);
      Http h = new Http(slow);
      h.put(RG + A, "{\"location\":\"westeurope\"}");
      slow.seed(
          "{\"resources\":[{\"id\":\"" + INST + "\",\"body\":{\"location\":\"westeurope\"}}]}");
      String slowHost = h.get(INST + A).json().at("/properties/hostName").asText();
      h.put(INST + "/endpoints/eh1" + A, "{\"properties\":" + keyBased() + "}");
      assertThat(
              h.put(
                      slowHost + "/eventroutes/r1" + DP,
                      "{\"endpointName\":\"eh1\",\"filter\":\"true\"}")
                  .code())
          .isEqualTo("EventRouteEndpointInvalid");
    }
    endpoint("eh1", keyBased());
    assertThat(http.put(host + "/eventroutes/r1" + DP, "{\"endpointName\":\"eh1\"}").code())
        .isEqualTo("EventRouteFilterInvalid");
    for (int i = 1; i <= 6; i++) {
      assertThat(
              http.put(
                      host + "/eventroutes/r" + i + DP,
                      "{\"endpointName\":\"eh1\",\"filter\":\"true\"}")
                  .status())
          .isEqualTo(204);
    }
    assertThat(
            http.put(
                    host + "/eventroutes/r7" + DP, "{\"endpointName\":\"eh1\",\"filter\":\"true\"}")
                .code())
        .isEqualTo("LimitExceeded");
    Http.Res del = http.delete(INST + "/endpoints/eh1" + A);
    assertThat(del.status()).isEqualTo(400);
    assertThat(del.json().at("/error/message").asText())
        .startsWith(
            "Nested endpoint routes found. Please remove following endpoint routes first: r1");
    assertThat(http.get(host + "/eventroutes/zz" + DP).code()).isEqualTo("EventRouteNotFound");
  }

  @Test
  void roleAssignmentRules() throws Exception {
    String principal = http.get(INST + A).json().at("/identity/principalId").asText();
    String role =
        "/providers/Microsoft.Authorization/roleDefinitions/2b629674-e913-4c01-ae53-ef4638d8f975";
    String body =
        "{\"properties\":{\"roleDefinitionId\":\""
            + role
            + "\",\"principalId\":\""
            + principal
            + "\"}}";
    String ra1 =
        RG
            + "/providers/Microsoft.Authorization/roleAssignments/11111111-0000-0000-0000-000000000001";
    String ra2 =
        RG
            + "/providers/Microsoft.Authorization/roleAssignments/11111111-0000-0000-0000-000000000002";
    Http.Res created = http.put(ra1 + RA, body);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().at("/properties/roleDefinitionId").asText()).isEqualTo(SUB + role);
    assertThat(http.put(ra1 + RA, body).status()).isEqualTo(200);
    Http.Res exists = http.put(ra2 + RA, body);
    assertThat(exists.status()).isEqualTo(409);
    assertThat(exists.code()).isEqualTo("RoleAssignmentExists");
    Http.Res update =
        http.put(
            ra1 + RA,
            body.replace(
                "2b629674-e913-4c01-ae53-ef4638d8f975", "f526a384-b230-433a-b45c-95f59c4a2dec"));
    assertThat(update.code()).isEqualTo("RoleAssignmentUpdateNotPermitted");
    Http.Res unknown =
        http.put(ra2 + RA, body.replace(principal, "99999999-9999-9999-9999-999999999999"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.code()).isEqualTo("PrincipalNotFound");
    String filter = "?$filter=principalId%20eq%20'" + principal + "'&api-version=2022-04-01";
    assertThat(
            http.get(SUB + "/providers/Microsoft.Authorization/roleAssignments" + filter)
                .json()
                .path("value"))
        .hasSize(1);
    assertThat(
            http.get(INST + "/providers/Microsoft.Authorization/roleAssignments" + filter)
                .json()
                .path("value"))
        .hasSize(1);
    String atScope = "?$filter=atScope()&api-version=2022-04-01";
    assertThat(
            http.get(SUB + "/providers/Microsoft.Authorization/roleAssignments" + atScope)
                .json()
                .path("value"))
        .isEmpty();
    assertThat(
            http.get(INST + "/providers/Microsoft.Authorization/roleAssignments" + atScope)
                .json()
                .path("value"))
        .hasSize(1);
    assertThat(http.delete(ra1 + RA).status()).isEqualTo(200);
    assertThat(http.delete(ra1 + RA).status()).isEqualTo(204);
    Http.Res byName =
        http.get(
            SUB
                + "/providers/Microsoft.Authorization/roleDefinitions"
                + "?$filter=roleName%20eq%20'Storage%20Blob%20Data%20Contributor'&api-version=2022-04-01");
    assertThat(byName.json().at("/value/0/name").asText())
        .isEqualTo("ba92f5b4-2d11-453d-a403-e96b0029c9fe");
    Http.Res encodedTwice =
        http.get(
            SUB
                + "/providers/Microsoft.Authorization/roleDefinitions"
                + "?$filter=roleName%2520eq%2520%2527Owner%2527&api-version=2022-04-01");
    assertThat(encodedTwice.status()).isEqualTo(400);
    assertThat(encodedTwice.code()).isEqualTo("InvalidFilterInQueryString");

    try (Sandbox slow =
        Sandbox.start(
            SandboxConfig.defaults().withPrincipalReplicationDelay(Duration.ofSeconds(30)))) {
      Http h = new Http(slow);
      h.put(RG + A, "{\"location\":\"westeurope\"}");
      String fresh =
          h.put(UAI + A, "{\"location\":\"westeurope\"}")
              .json()
              .at("/properties/principalId")
              .asText();
      assertThat(h.put(ra1 + RA, body.replace(principal, fresh)).code())
          .isEqualTo("PrincipalNotFound");
    }
  }

  @Test
  void destinationsHaveTheirReadOnlyEndpoints() {
    Http.Res ns =
        http.put(
            RG + "/providers/Microsoft.EventHub/namespaces/MyNs" + A,
            "{\"location\":\"westeurope\"}");
    assertThat(ns.json().at("/properties/serviceBusEndpoint").asText())
        .isEqualTo("https://myns.servicebus.windows.net:443/");
    Http.Res topic =
        http.put(
            RG + "/providers/Microsoft.EventGrid/topics/t1" + A, "{\"location\":\"westeurope\"}");
    assertThat(topic.json().at("/properties/endpoint").asText())
        .isEqualTo("https://t1.westeurope-1.eventgrid.azure.net/api/events");
    http.put(
        RG + "/providers/Microsoft.Storage/storageAccounts/acct" + A,
        "{\"location\":\"westeurope\"}");
    assertThat(
            http.put(
                    RG
                        + "/providers/Microsoft.Storage/storageAccounts/acct/blobServices/default/containers/dl"
                        + A,
                    "{}")
                .status())
        .isEqualTo(201);
  }
}
