package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.provider.ProviderException;
import dtplan.provider.ReadRequest;
import dtplan.sandbox.FaultRule;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SDK pipeline's waits between retries of a failed HTTP call come from the connection's {@link
 * HttpRetryDelays} when Azure sends no Retry-After: base, doubling, capped at max.
 */
class HttpRetryDelaysTest extends SandboxTestBase {
  @Test
  void aServerErrorIsRetriedAfterTheConfiguredDoublingDelays() {
    AzureProvider quick =
        new AzureProvider(
            AzureConnection.sandbox(
                sandbox.url(),
                SUB,
                null,
                HttpTrace.fromEnvironment(),
                new HttpRetryDelays(Duration.ofMillis(10), Duration.ofMillis(30))),
            options(),
            listener);
    sandbox.faults().add(FaultRule.status(500).on("GET", TransientFaultTest.INSTANCES_LIST));

    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                quick.read(
                    new ReadRequest(
                        SUB, RG, "factory", List.of(), List.of(), List.of(), List.of())))
        .isInstanceOf(ProviderException.class);

    assertThat(listener.retries)
        .extracting(RecordingListener.Retry::delay)
        .containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(30));
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("three retries at the default delays would take 5.6 s")
        .isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void theDefaultsAreArmsOwn() {
    assertThat(HttpRetryDelays.defaults())
        .isEqualTo(new HttpRetryDelays(Duration.ofMillis(800), Duration.ofSeconds(8)));
  }
}
