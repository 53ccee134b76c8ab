package dtplan.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one real sleeper: it waits at least what it is asked, and not at all for nothing. */
class SystemTimeTest {
  private final Time time = Time.system();

  @Test
  void sleepsAtLeastTheDurationAskedOnItsOwnMonotonicClock() throws Exception {
    long before = time.nanos();
    time.sleep(Duration.ofMillis(20));
    assertThat(Duration.ofNanos(time.nanos() - before))
        .isGreaterThanOrEqualTo(Duration.ofMillis(20));
  }

  @Test
  void aSubMillisecondWaitIsStillAWait() throws Exception {
    long before = time.nanos();
    time.sleep(Duration.ofNanos(1));
    assertThat(time.nanos() - before).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aZeroOrNegativeWaitReturnsAtOnceEvenWhenInterrupted() throws Exception {
    Thread.currentThread().interrupt();
    try {
      time.sleep(Duration.ZERO);
      time.sleep(Duration.ofSeconds(-1));
    } finally {
      assertThat(Thread.interrupted()).as("the interrupt was left for the caller").isTrue();
    }
  }

  @Test
  void itsWallClockIsTheSystemClock() {
    Instant before = Instant.now();
    Instant read = time.instant();
    assertThat(read).isBetween(before, Instant.now());
  }
}
