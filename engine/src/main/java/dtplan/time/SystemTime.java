package dtplan.time;

import java.time.Duration;
import java.time.Instant;

/** {@link Time#system()}: the JVM's clocks, and the one {@link Thread#sleep} in dtplan's code. */
enum SystemTime implements Time {
  INSTANCE;

  @Override
  public Instant instant() {
    return Instant.now();
  }

  @Override
  public long nanos() {
    return System.nanoTime();
  }

  @Override
  public void sleep(Duration d) throws InterruptedException {
    if (d.isNegative() || d.isZero()) {
      return;
    }
    // Whole milliseconds, rounded up, so a sub-millisecond wait is still a wait.
    Thread.sleep(d.plusNanos(999_999).toMillis());
  }
}
