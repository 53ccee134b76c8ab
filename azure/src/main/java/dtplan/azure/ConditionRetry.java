package dtplan.azure;

import dtplan.provider.ProviderListener;
import dtplan.time.Time;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Retries a write while Azure reports a condition that clears by itself (a principal still
 * replicating, an endpoint still activating), with doubling delays, bounded by attempts and total
 * time. Every wait is reported to the listener.
 */
final class ConditionRetry {
  private static final Duration MAX_DELAY = Duration.ofSeconds(30);

  private final AzureProviderOptions options;
  private final ProviderListener listener;
  private final Time time;

  ConditionRetry(AzureProviderOptions options, ProviderListener listener) {
    this.options = options;
    this.listener = listener;
    this.time = options.time();
  }

  <T> T run(String resourceId, Set<String> retriedCodes, Supplier<T> call) {
    long deadline = time.nanos() + options.conditionRetryTime().toNanos();
    Duration delay = options.conditionRetryDelay();
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (AzureCallException e) {
        if (!retriedCodes.contains(e.code()) || attempt >= options.conditionRetryAttempts()) {
          throw e;
        }
        long remaining = deadline - time.nanos();
        if (remaining <= 0) {
          throw e;
        }
        Duration wait = delay.toNanos() > remaining ? Duration.ofNanos(remaining) : delay;
        listener.retrying(resourceId, e.code(), attempt, wait);
        sleep(wait);
        delay = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
      }
    }
  }

  private void sleep(Duration d) {
    try {
      time.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AzureCallException(0, "Interrupted", "Interrupted while waiting to retry.", true);
    }
  }
}
