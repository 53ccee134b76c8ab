package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Time series database connections answer as test_create_tsdbconnection_with_identity.json recorded
 * them, and refuse what the REST spec requires.
 */
class DataHistoryConnectionsTest {
  static final String RG = RulesTest.RG;
  static final String INST = RulesTest.INST;
  static final String UAI = RulesTest.UAI;
  static final String A = RulesTest.A;
  static final String CONN = INST + "/timeSeriesDatabaseConnections/history";
  static final String CLUSTER = RG + "/providers/Microsoft.Kusto/clusters/adx1";

  /** The same instance RulesTest starts from: system identity on, a user identity not linked. */
  final RulesTest world = new RulesTest();

  Http http;

  @BeforeEach
  void start() throws Exception {
    world.start();
    http = world.http;
  }

  @AfterEach
  void stop() {
    world.stop();
  }

  private static String props(String identity) {
    return "{\"properties\":{\"connectionType\":\"AzureDataExplorer\","
        + "\"adxEndpointUri\":\"https://adx1.westeurope.kusto.windows.net\","
        + "\"adxResourceId\":\""
        + CLUSTER
        + "\",\"adxDatabaseName\":\"twins\","
        + "\"eventHubEndpointUri\":\"sb://ns.servicebus.windows.net/\","
        + "\"eventHubEntityPath\":\"history\","
        + "\"eventHubNamespaceResourceId\":\""
        + RG
        + "/providers/Microsoft.EventHub/namespaces/ns\""
        + identity
        + "}}";
  }

  @Test
  void createIsAsyncWithTheRecordedDefaultsThenSucceeds() {
    Http.Res created = http.put(CONN + A, props(""));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Azure-AsyncOperation")).isNotNull();
    JsonNode p = created.json().path("properties");
    assertThat(p.path("provisioningState").asText()).isEqualTo("Provisioning");
    assertThat(p.path("adxTableName").asText()).isEqualTo("AdtPropertyEvents");
    assertThat(p.path("eventHubConsumerGroup").asText()).isEqualTo("$Default");
    assertThat(p.path("recordPropertyAndItemRemovals").isBoolean()).isTrue();
    http.get(INST + A);
    JsonNode listed = http.get(INST + "/timeSeriesDatabaseConnections" + A).json();
    assertThat(listed.path("value")).hasSize(1);
    assertThat(listed.at("/value/0/properties/provisioningState").asText()).isEqualTo("Succeeded");
  }

  @Test
  void deleteIsAsyncAndAnswersDeletingWithItsSystemData() {
    http.put(CONN + A, props(""));
    http.get(INST + A);
    Http.Res deleted = http.send("DELETE", CONN + A, null);
    assertThat(deleted.status()).isEqualTo(202);
    assertThat(deleted.header("Azure-AsyncOperation")).isNotNull();
    assertThat(deleted.json().at("/properties/provisioningState").asText()).isEqualTo("Deleting");
    assertThat(deleted.json().path("systemData").isObject()).isTrue();
    http.get(INST + A);
    assertThat(http.get(CONN + A).status()).isEqualTo(404);
  }

  @Test
  void refusesWhatTheSpecRequires() {
    Http.Res noType = http.put(CONN + A, "{\"properties\":{}}");
    assertThat(noType.status()).isEqualTo(400);
    Http.Res missing = http.put(CONN + A, props("").replace("\"adxDatabaseName\":\"twins\",", ""));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().at("/error/message").asText()).contains("adxDatabaseName");
    Http.Res badName = http.put(INST + "/timeSeriesDatabaseConnections/-x" + A, props(""));
    assertThat(badName.code()).isEqualTo("InvalidResourceName");
  }

  @Test
  void refusesAnIdentityTheInstanceDoesNotHave() {
    Http.Res r =
        http.put(
            CONN + A,
            props(
                ",\"identity\":{\"type\":\"UserAssigned\",\"userAssignedIdentity\":\""
                    + UAI
                    + "\"}"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/message").asText()).contains("is not assigned");
  }

  @Test
  void aClusterShowsItsUri() {
    http.put(CLUSTER + "?api-version=2023-08-15", "{\"location\":\"westeurope\"}");
    assertThat(http.get(CLUSTER + "?api-version=2023-08-15").json().at("/properties/uri").asText())
        .isEqualTo("https://adx1.westeurope.kusto.windows.net");
  }

  @Test
  void databasePrincipalAssignmentsAreCheckedKeptListedAndDeleted() {
    String k = "?api-version=2023-08-15";
    http.put(CLUSTER + k, "{\"location\":\"westeurope\"}");
    http.put(CLUSTER + "/databases/twins" + k, "{\"location\":\"westeurope\"}");
    String pa = CLUSTER + "/databases/twins/principalAssignments/adt";
    Http.Res bad =
        http.put(
            pa + k,
            "{\"properties\":{\"principalId\":\"p\",\"role\":\"Owner\","
                + "\"principalType\":\"App\"}}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().at("/error/message").asText()).contains("role");
    Http.Res ok =
        http.put(
            pa + k,
            "{\"properties\":{\"principalId\":\"p\",\"role\":\"Admin\","
                + "\"principalType\":\"App\"}}");
    assertThat(ok.status()).isEqualTo(201);
    JsonNode listed = http.get(CLUSTER + "/databases/twins/principalAssignments" + k).json();
    assertThat(listed.at("/value/0/properties/role").asText()).isEqualTo("Admin");
    assertThat(listed.at("/value/0/properties/tenantId").asText()).isNotEmpty();
    // Long-running, as KustoDatabasePrincipalAssignmentsDelete.json shows.
    Http.Res deleted = http.send("DELETE", pa + k, null);
    assertThat(deleted.status()).isEqualTo(202);
    assertThat(deleted.header("Azure-AsyncOperation")).isNotNull();
    http.get(INST + A);
    assertThat(http.get(pa + k).status()).isEqualTo(404);
  }
}
