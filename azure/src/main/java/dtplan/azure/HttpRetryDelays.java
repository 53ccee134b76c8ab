package dtplan.azure;

import java.time.Duration;

/**
 * How long the SDK pipeline waits before retrying a failed HTTP call when Azure does not say (no
 * {@code Retry-After}): {@code base} before the first retry, doubling each time up to {@code max}.
 * How many retries there are, and which failures are retried, is {@link TransientRetryStrategy}'s
 * business, not an option.
 */
public record HttpRetryDelays(Duration base, Duration max) {
  public HttpRetryDelays {
    if (base == null || base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("base must be positive");
    }
    if (max == null || max.compareTo(base) < 0) {
      throw new IllegalArgumentException("max must be at least base");
    }
  }

  /** ARM's own default: 0.8 s, doubling up to 8 s. */
  public static HttpRetryDelays defaults() {
    return new HttpRetryDelays(Duration.ofMillis(800), Duration.ofSeconds(8));
  }
}
