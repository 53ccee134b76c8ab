package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultsAndStateTest {
  static final String RG = "/subscriptions/" + Sandbox.DEFAULT_SUBSCRIPTION + "/resourceGroups/rg";
  static final String INST = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt";
  static final String A = "?api-version=2023-01-31";

  @Test
  void throttlesTheFirstRequestsThenServes() throws Exception {
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults())) {
      Http http = new Http(sb);
      sb.faults()
          .add(
              FaultRule.status(429)
                  .on("PUT", "/subscriptions/*/resourceGroups/*")
                  .times(2)
                  .withRetryAfter(3));
      Http.Res first = http.put(RG + A, "{\"location\":\"westeurope\"}");
      assertThat(first.status()).isEqualTo(429);
      assertThat(first.header("Retry-After")).isEqualTo("3");
      assertThat(http.put(RG + A, "{\"location\":\"westeurope\"}").status()).isEqualTo(429);
      assertThat(http.put(RG + A, "{\"location\":\"westeurope\"}").status()).isEqualTo(201);
      assertThat(sb.requests().count("PUT", "/subscriptions/{}/resourceGroups/{}")).isEqualTo(3);
    }
  }

  @Test
  void probabilitiesRepeatForTheSameSeed() throws Exception {
    assertThat(pattern(42)).isEqualTo(pattern(42)).contains(503).contains(404);
  }

  private List<Integer> pattern(long seed) throws Exception {
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults().withSeed(seed))) {
      Http http = new Http(sb);
      sb.faults().add(FaultRule.status(503).withProbability(0.5));
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        out.add(http.get(RG + A).status());
      }
      return out;
    }
  }

  @Test
  void adminApiAddsFaultsDropsConnectionsAndFailsOperations() throws Exception {
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults())) {
      Http http = new Http(sb);
      http.put(RG + A, "{\"location\":\"westeurope\"}");
      assertThat(
              http.send(
                      "POST",
                      "/_sandbox/faults",
                      "{\"rules\":[{\"method\":\"GET\",\"path\":\"**/drop-me\",\"action\":\"drop\"},"
                          + "{\"method\":\"PUT\",\"path\":\"**/digitalTwinsInstances/*\",\"action\":\"failLro\",\"times\":1}]}")
                  .status())
          .isEqualTo(200);
      // Unlimited: the JDK client silently retries a GET once when the connection drops.
      assertThatThrownBy(() -> http.get(RG + "/drop-me" + A))
          .isInstanceOf(java.io.UncheckedIOException.class);
      Http.Res put = http.put(INST + A, "{\"location\":\"westeurope\"}");
      assertThat(put.status()).isEqualTo(201);
      assertThat(http.get(put.header("Azure-AsyncOperation")).json().path("status").asText())
          .isEqualTo("Failed");
      assertThat(http.get(INST + A).json().at("/properties/provisioningState").asText())
          .isEqualTo("Failed");
      Http.Res log = http.get("/_sandbox/requests");
      assertThat(log.json().path("entries").get(0).path("method").asText()).isEqualTo("PUT");
      assertThat(log.json().path("counts").toString()).doesNotContain("_sandbox");
      assertThat(http.delete("/_sandbox/faults").status()).isEqualTo(204);
      assertThat(http.delete("/_sandbox/requests").status()).isEqualTo(204);
      assertThat(sb.requests().total()).isZero();
      assertThat(http.send("POST", "/_sandbox/reset", null).status()).isEqualTo(204);
      assertThat(http.get(RG + A).code()).isEqualTo("ResourceGroupNotFound");
    }
  }

  @Test
  void stateSurvivesARestart(@TempDir Path dir) throws Exception {
    SandboxConfig config = SandboxConfig.defaults().withStateDir(dir);
    String principal;
    try (Sandbox sb = Sandbox.start(config)) {
      Http http = new Http(sb);
      sb.seed(
          "{\"resources\":[{\"id\":\""
              + INST
              + "\",\"body\":{\"location\":\"westeurope\","
              + "\"identity\":{\"type\":\"SystemAssigned\"}}}],\"principals\":[\"aaaaaaaa-0000-0000-0000-000000000001\"]}");
      principal = http.get(INST + A).json().at("/identity/principalId").asText();
    }
    try (Sandbox sb = Sandbox.start(config)) {
      Http http = new Http(sb);
      Http.Res got = http.get(INST + A);
      assertThat(got.status()).isEqualTo(200);
      assertThat(got.json().at("/identity/principalId").asText()).isEqualTo(principal);
      // The restarted server listens on another port; the data plane must be reachable there.
      assertThat(got.json().at("/properties/hostName").asText())
          .startsWith(sb.url().toString() + "_dataplane/");
      assertThat(dir.resolve("sandbox-state.json")).exists();
      assertThat(
              http.send("POST", "/_sandbox/seed", "{\"resources\":[{\"id\":\"nonsense\"}]}")
                  .status())
          .isEqualTo(400);
    }
  }
}
