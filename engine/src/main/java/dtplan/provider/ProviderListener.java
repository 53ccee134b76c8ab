package dtplan.provider;

import java.time.Duration;

/**
 * What a provider reports while it works, so the engine can show retries instead of silence. Calls
 * come from the provider's worker threads.
 */
public interface ProviderListener {
  ProviderListener NONE = new ProviderListener() {};

  /** A call failed transiently and will be tried again after {@code delay}. */
  default void retrying(String resourceId, String code, int attempt, Duration delay) {}
}
