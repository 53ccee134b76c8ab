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

  /**
   * A read found an operation still running on the resource ({@code provisioningState} is {@code
   * state}, such as Updating), and waits for it to end before the plan is made: {@code waited} so
   * far, at most {@code bound} in all.
   */
  default void waiting(String resourceId, String state, Duration waited, Duration bound) {}
}
