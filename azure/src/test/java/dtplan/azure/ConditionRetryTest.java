package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The provider's retries of a self-clearing condition, on a fake time: the waits double from the
 * configured delay up to 30 s and stop at the configured total, without a real second passing.
 */
class ConditionRetryTest {
  static final String ID = "/subscriptions/s/resourceGroups/rg/providers/x/y";
  final FakeTime time = new FakeTime();
  final RecordingListener listener = new RecordingListener();

  ConditionRetry retry(int attempts, Duration total, Duration first) {
    return new ConditionRetry(
        AzureProviderOptions.defaults().withConditionRetry(attempts, total, first).withTime(time),
        listener);
  }

  static AzureCallException notFound() {
    return new AzureCallException(400, "PrincipalNotFound", "not replicated yet", false);
  }

  @Test
  void waitsDoubleFromTheConfiguredDelayUpToThirtySeconds() {
    AtomicInteger calls = new AtomicInteger();
    long start = time.millis();
    String result =
        retry(30, Duration.ofMinutes(10), Duration.ofSeconds(5))
            .run(
                ID,
                Set.of("PrincipalNotFound"),
                () -> {
                  if (calls.incrementAndGet() < 5) {
                    throw notFound();
                  }
                  return "created";
                });
    assertThat(result).isEqualTo("created");
    assertThat(listener.retries)
        .extracting(RecordingListener.Retry::delay)
        .containsExactly(
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            Duration.ofSeconds(20),
            Duration.ofSeconds(30));
    assertThat(Duration.ofMillis(time.millis() - start)).isEqualTo(Duration.ofSeconds(65));
  }

  @Test
  void theLastWaitIsCutToWhatIsLeftOfTheTotalAndThenTheErrorStands() {
    assertThatThrownBy(
            () ->
                retry(30, Duration.ofSeconds(50), Duration.ofSeconds(20))
                    .run(
                        ID,
                        Set.of("PrincipalNotFound"),
                        () -> {
                          throw notFound();
                        }))
        .isInstanceOfSatisfying(
            AzureCallException.class, e -> assertThat(e.code()).isEqualTo("PrincipalNotFound"));
    assertThat(listener.retries)
        .extracting(RecordingListener.Retry::delay)
        .containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(30));
  }

  @Test
  void aCodeNotListedIsNotRetried() {
    assertThatThrownBy(
            () ->
                retry(30, Duration.ofMinutes(10), Duration.ofSeconds(2))
                    .run(
                        ID,
                        Set.of("EventRouteEndpointInvalid"),
                        () -> {
                          throw notFound();
                        }))
        .isInstanceOf(AzureCallException.class);
    assertThat(listener.retries).isEmpty();
  }
}
