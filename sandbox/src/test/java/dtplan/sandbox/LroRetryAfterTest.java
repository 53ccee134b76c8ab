package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Retry-After of a long-running operation is configurable, in whole seconds; 1 by default. */
class LroRetryAfterTest {
  @Test
  void operationsAnswerTheConfiguredRetryAfterOnThePutAndOnTheirStatus() throws Exception {
    SandboxConfig config =
        SandboxConfig.defaults()
            .withLroRetryAfter(Duration.ZERO)
            .withLroDuration(Duration.ofMinutes(1));
    try (Sandbox sb = Sandbox.start(config)) {
      Http http = new Http(sb);
      http.put(SmokeTest.RG + "?api-version=2025-04-01", "{\"location\":\"westeurope\"}");
      Http.Res created =
          http.put(SmokeTest.INST + "?api-version=2023-01-31", "{\"location\":\"westeurope\"}");
      assertThat(created.header("Retry-After")).isEqualTo("0");
      Http.Res status = http.get(created.header("Azure-AsyncOperation"));
      assertThat(status.json().path("status").asText()).isEqualTo("Running");
      assertThat(status.header("Retry-After")).isEqualTo("0");
    }
  }

  @Test
  void theDefaultIsOneSecondAsRecordedFromAzure() {
    assertThat(SandboxConfig.defaults().lroRetryAfter()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aFractionOfASecondIsRefused() {
    assertThatThrownBy(() -> SandboxConfig.defaults().withLroRetryAfter(Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole seconds");
  }
}
