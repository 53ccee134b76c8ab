package dtplan.azure;

import java.time.Duration;

/**
 * The provider's time: how long it has waited, and waiting. Every wait the provider makes of its
 * own accord goes through one, so a test can pass one that moves a fake clock instead of sleeping.
 */
public interface Ticker {
  /** The JVM's monotonic clock and {@link Thread#sleep}. */
  Ticker SYSTEM =
      new Ticker() {
        @Override
        public long nanos() {
          return System.nanoTime();
        }

        @Override
        public void sleep(Duration d) throws InterruptedException {
          Thread.sleep(Math.max(1, d.toMillis()));
        }
      };

  /** A reading of a monotonic clock, in nanoseconds; only differences mean anything. */
  long nanos();

  void sleep(Duration d) throws InterruptedException;
}
