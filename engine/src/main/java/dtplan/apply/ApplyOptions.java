package dtplan.apply;

import dtplan.time.Time;
import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link Applier} spends time. {@code parallelism} bounds provider calls in flight; {@code
 * heartbeat} is how often a step still running is reported; {@code stopGrace} is how long steps in
 * flight may still take after a stop request (those still running then are reported abandoned: they
 * may be half-done in Azure); a step that fails transiently runs at most {@code stepAttempts}
 * times, waiting {@code stepRetryDelay} times the attempt number before each new attempt; {@code
 * time} is the clock steps are timed on and the sleeper those waits go through.
 */
public record ApplyOptions(
    int parallelism,
    Duration heartbeat,
    Duration stopGrace,
    int stepAttempts,
    Duration stepRetryDelay,
    Time time) {

  public ApplyOptions {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
    if (stepAttempts < 1) {
      throw new IllegalArgumentException("stepAttempts must be at least 1");
    }
    requirePositive(heartbeat, "heartbeat");
    requirePositive(stopGrace, "stopGrace");
    Objects.requireNonNull(stepRetryDelay, "stepRetryDelay");
    if (stepRetryDelay.isNegative()) {
      throw new IllegalArgumentException("stepRetryDelay must not be negative");
    }
    Objects.requireNonNull(time, "time");
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  /**
   * Parallelism 10 (as {@code --parallelism}); a heartbeat every 10 s; 2 minutes' grace after a
   * stop; a step tried 3 times, 2 s then 4 s apart (the provider has already retried each HTTP
   * call, so these are for throttling that outlasted those retries); the JVM's clocks.
   */
  public static ApplyOptions defaults() {
    return new ApplyOptions(
        10, Duration.ofSeconds(10), Duration.ofMinutes(2), 3, Duration.ofSeconds(2), Time.system());
  }

  public ApplyOptions withParallelism(int p) {
    return new ApplyOptions(p, heartbeat, stopGrace, stepAttempts, stepRetryDelay, time);
  }

  public ApplyOptions withHeartbeat(Duration d) {
    return new ApplyOptions(parallelism, d, stopGrace, stepAttempts, stepRetryDelay, time);
  }

  public ApplyOptions withStopGrace(Duration d) {
    return new ApplyOptions(parallelism, heartbeat, d, stepAttempts, stepRetryDelay, time);
  }

  public ApplyOptions withStepRetries(int attempts, Duration delay) {
    return new ApplyOptions(parallelism, heartbeat, stopGrace, attempts, delay, time);
  }

  public ApplyOptions withTime(Time t) {
    return new ApplyOptions(parallelism, heartbeat, stopGrace, stepAttempts, stepRetryDelay, t);
  }

  /** The wait before attempt {@code next} (2 or more) of a step. */
  Duration delayBefore(int next) {
    return stepRetryDelay.multipliedBy(next - 1L);
  }
}
