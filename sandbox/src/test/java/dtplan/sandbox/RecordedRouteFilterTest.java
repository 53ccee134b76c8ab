package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replays Azure's recorded answer to a malformed route filter: Azure/azure-sdk-for-java, {@code
 * sdk/digitaltwins/azure-digitaltwins-core/src/test/resources/session-records/EventRoutesTest.createEventRouteThrowsIfFilterIsMalformed[1].json}
 * (the PUT and its 400), and the filter accepted in the same recording.
 */
class RecordedRouteFilterTest {
  private static final String RG =
      "/subscriptions/" + Sandbox.DEFAULT_SUBSCRIPTION + "/resourceGroups/rg";
  private static final String INST =
      RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt";
  private static final String A = "?api-version=2023-01-31";
  private static final String EH_CS =
      "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=s;EntityPath=h";

  /** The recording's route id and api-version. */
  private static final String ROUTE = "/eventroutes/a2a13bf8-01aa-44c5-a179-a065dfccda59";

  private static final String RECORDED_API = "?api-version=2020-10-31";

  private Sandbox sb;
  private Http http;
  private String host;

  @BeforeEach
  void start() throws Exception {
    sb = Sandbox.start(SandboxConfig.defaults());
    CallerRoles.grantDataOwner(sb);
    http = new Http(sb);
    http.put(RG + "?api-version=2021-04-01", "{\"location\":\"westeurope\"}");
    http.put(INST + A, "{\"location\":\"westeurope\"}");
    host = http.get(INST + A).json().at("/properties/hostName").asText();
    http.put(
        INST + "/endpoints/someEventHubEndpoint" + A,
        "{\"properties\":{\"endpointType\":\"EventHub\",\"connectionStringPrimaryKey\":\""
            + EH_CS
            + "\"}}");
    http.get(INST + A); // lets the zero-length operation finish
  }

  @AfterEach
  void stop() {
    sb.close();
  }

  @Test
  void answersTheMalformedFilterExactlyAsAzureDid() {
    Http.Res r =
        http.put(
            host + ROUTE + RECORDED_API,
            "{\"endpointName\":\"someEventHubEndpoint\",\"filter\":\"this is not a valid filter\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("EventRouteFilterInvalid");
    assertThat(r.json().at("/error/message").asText())
        .isEqualTo(
            "The provided filter is invalid. Parsing error, Line=1, Position=6, Message=Unexpected"
                + " input 'is'. See event route documentation for supported values and structure"
                + " (http://aka.ms/ADTv2Routes).");
    assertThat(http.get(host + ROUTE + RECORDED_API).status()).isEqualTo(404);
  }

  @Test
  void acceptsTheRecordedValidFilter() {
    String filter =
        "$eventType = 'DigitalTwinTelemetryMessages' or $eventType ="
            + " 'DigitalTwinLifecycleNotification'";
    Http.Res r =
        http.put(
            host + ROUTE + RECORDED_API,
            "{\"endpointName\":\"someEventHubEndpoint\",\"filter\":\"" + filter + "\"}");
    assertThat(r.status()).isEqualTo(204);
    assertThat(http.get(host + ROUTE + RECORDED_API).json().path("filter").asText())
        .isEqualTo(filter);
  }

  @Test
  void keepsItsOwnAnswerForAMissingFilter() {
    Http.Res r =
        http.put(host + ROUTE + RECORDED_API, "{\"endpointName\":\"someEventHubEndpoint\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("EventRouteFilterInvalid");
    assertThat(r.json().at("/error/message").asText()).contains("A filter is required");
  }
}
