package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.model.EndpointSecrets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretBindingTest {
  static final String SB_VALUE = "Endpoint=sb://x.servicebus.windows.net/;SharedAccessKey=k3y-sb";
  static final String SAS_VALUE = "https://st.blob.core.windows.net/dl?sig=k3y-sas";

  private static Spec load() throws Exception {
    return Specs.load(
        Specs.HEAD
            + """
            instances:
              twins-a:
                endpoints:
                  alerts:
                    type: servicebus
                    connectionString: ${env:ALERTS_SB}
                    secondaryConnectionString: ${var.second}
                    deadLetter: {secret: "${env:DL_SAS}"}
                  grid:
                    type: eventgrid
                    topicEndpoint: https://eg.westeurope-1.eventgrid.azure.net/api/events
                    accessKey: literal-k3y
            """,
        Map.of("ALERTS_SB", SB_VALUE, "DL_SAS", SAS_VALUE),
        Map.of("second", "k3y-second"));
  }

  @Test
  void secretsKeepTheExpressionTheyWereWrittenAs() throws Exception {
    EndpointSecrets secrets = load().instances().get("twins-a").endpoints().get("alerts").secrets();
    assertThat(secrets.primary().reveal()).isEqualTo(SB_VALUE);
    assertThat(secrets.primary().source()).isEqualTo("${env:ALERTS_SB}");
    assertThat(secrets.secondary().source()).isEqualTo("${var.second}");
    assertThat(secrets.deadLetter().reveal()).isEqualTo(SAS_VALUE);
    assertThat(secrets.deadLetter().source()).isEqualTo("${env:DL_SAS}");
  }

  /** A variable named twice is resolved once; each secret still keeps what it was written as. */
  @Test
  void aVariableUsedByTwoSecretsIsTheSourceOfBoth() throws Exception {
    Spec spec =
        Specs.load(
            Specs.HEAD
                + """
                instances:
                  twins-a:
                    tags: {note: "${var.cs}"}
                    endpoints:
                      one: {type: servicebus, connectionString: "${var.cs}"}
                      two: {type: servicebus, connectionString: "${var.cs}"}
                """,
            Map.of(),
            Map.of("cs", SB_VALUE));
    for (String name : new String[] {"one", "two"}) {
      EndpointSecrets secrets = spec.instances().get("twins-a").endpoints().get(name).secrets();
      assertThat(secrets.primary().reveal()).as(name).isEqualTo(SB_VALUE);
      assertThat(secrets.primary().source()).as(name).isEqualTo("${var.cs}");
    }
  }

  @Test
  void aLiteralSecretIsRememberedByItsPlaceNotItsValue() throws Exception {
    EndpointSecrets secrets = load().instances().get("twins-a").endpoints().get("grid").secrets();
    assertThat(secrets.primary().reveal()).isEqualTo("literal-k3y");
    assertThat(secrets.primary().source()).isEqualTo("literal at test.yaml:17:20");
  }

  @Test
  void printingTheSpecShowsNoSecret() throws Exception {
    String printed = load().toString();
    assertThat(printed).contains("(sensitive value)").doesNotContain("k3y");
  }
}
