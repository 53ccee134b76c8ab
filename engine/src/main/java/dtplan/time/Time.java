package dtplan.time;

import java.time.Duration;
import java.time.InstantSource;

/**
 * The wall clock, a monotonic clock and a way to wait. Whatever waits of its own accord (a retry's
 * backoff, a poll's interval) waits through one of these, passed in by its caller and never looked
 * up globally, so a test can pass one that moves a fake clock instead of sleeping and can read back
 * the waits it was asked for.
 *
 * <p>Not a way to wait for another thread's work (a future, a latch): such a wait ends when the
 * work does, and a fake clock cannot make work finish sooner. A deadline for such a wait may still
 * be measured on it, as the applier's stop grace is.
 */
public interface Time extends InstantSource {
  /** The JVM's clocks and {@link Thread#sleep}: the only real waiting in dtplan's own code. */
  static Time system() {
    return SystemTime.INSTANCE;
  }

  /**
   * A reading of a monotonic clock, in nanoseconds; only differences between readings mean
   * anything.
   */
  long nanos();

  /**
   * Returns once {@code d} has passed on this clock; a zero or negative {@code d} returns at once.
   */
  void sleep(Duration d) throws InterruptedException;
}
