package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmokeTest {
  static final String RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg1";
  static final String INST = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt1";
  Sandbox sb;
  Http http;

  @BeforeEach
  void start() throws Exception {
    sb = Sandbox.start(SandboxConfig.defaults());
    CallerRoles.grantDataOwner(sb);
    http = new Http(sb);
  }

  @AfterEach
  void stop() {
    sb.close();
  }

  @Test
  void createsInstanceAsynchronouslyAndServesItsDataPlane() {
    assertThat(http.put(RG + "?api-version=2025-04-01", "{\"location\":\"westeurope\"}").status())
        .isEqualTo(201);
    Http.Res created = http.put(INST + "?api-version=2023-01-31", "{\"location\":\"West Europe\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().at("/properties/provisioningState").asText())
        .isEqualTo("Provisioning");
    assertThat(created.json().at("/properties/hostName").isNull()).isTrue();
    assertThat(created.header("Retry-After")).isEqualTo("1");
    Http.Res status = http.get(created.header("Azure-AsyncOperation"));
    assertThat(status.json().path("status").asText()).isEqualTo("Succeeded");
    Http.Res got = http.get("/" + INST + "?api-version=2023-01-31");
    assertThat(got.json().at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
    assertThat(got.json().path("location").asText()).isEqualTo("westeurope");
    String host = got.json().at("/properties/hostName").asText();
    assertThat(host).startsWith(sb.url().toString());
    Http.Res routes = http.get(host + "/eventroutes?api-version=2023-10-31");
    assertThat(routes.status()).isEqualTo(200);
    assertThat(routes.json().path("value").size()).isZero();
    assertThat(http.withoutAuth().get(INST + "?api-version=2023-01-31").status()).isEqualTo(401);
    assertThat(sb.requests().counts())
        .containsEntry(
            "GET /subscriptions/{}/resourceGroups/{}/providers/Microsoft.DigitalTwins/digitalTwinsInstances/{}",
            2);
  }
}
