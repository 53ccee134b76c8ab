package dtplan.azure;

import dtplan.time.Time;
import java.time.Duration;

/**
 * How hard the provider works. {@code parallelism} bounds concurrent reads; {@code
 * conditionRetryAttempts} and {@code conditionRetryTime} bound the provider's own retries of
 * conditions that clear by themselves ({@code PrincipalNotFound} while a new identity replicates,
 * {@code EventRouteEndpointInvalid} while a new endpoint activates), which start at {@code
 * conditionRetryDelay} and double; {@code lroPollInterval} is the wait between polls of a
 * long-running operation when Azure sends no {@code Retry-After}; {@code lroTimeout} bounds one
 * operation, the provider's own or one a read finds still running (then polled every {@code
 * lroPollInterval}); {@code time} is how the provider measures and spends the time it waits,
 * between such polls and before retrying a condition.
 */
public record AzureProviderOptions(
    int parallelism,
    int conditionRetryAttempts,
    Duration conditionRetryTime,
    Duration conditionRetryDelay,
    Duration lroPollInterval,
    Duration lroTimeout,
    Time time) {

  public AzureProviderOptions {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
    if (conditionRetryAttempts < 1) {
      throw new IllegalArgumentException("conditionRetryAttempts must be at least 1");
    }
    requirePositive(conditionRetryTime, "conditionRetryTime");
    requirePositive(conditionRetryDelay, "conditionRetryDelay");
    requirePositive(lroPollInterval, "lroPollInterval");
    requirePositive(lroTimeout, "lroTimeout");
    if (time == null) {
      throw new IllegalArgumentException("time is required");
    }
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  /**
   * Parallelism 10 (as {@code --parallelism}); replication, endpoint activation and data-role
   * propagation retried for up to 10 minutes (Azure documents 2-3 minutes for endpoints and "up to
   * 10 minutes" for a new role assignment), starting at 2 s; LRO polls every 2 s when Azure does
   * not say, for at most 30 minutes (Terraform's timeout for these resources).
   */
  public static AzureProviderOptions defaults() {
    return new AzureProviderOptions(
        10,
        30,
        Duration.ofMinutes(10),
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        Duration.ofMinutes(30),
        Time.system());
  }

  public AzureProviderOptions withParallelism(int p) {
    return new AzureProviderOptions(
        p,
        conditionRetryAttempts,
        conditionRetryTime,
        conditionRetryDelay,
        lroPollInterval,
        lroTimeout,
        time);
  }

  public AzureProviderOptions withConditionRetry(int attempts, Duration bound, Duration delay) {
    return new AzureProviderOptions(
        parallelism, attempts, bound, delay, lroPollInterval, lroTimeout, time);
  }

  public AzureProviderOptions withLroPollInterval(Duration d) {
    return new AzureProviderOptions(
        parallelism,
        conditionRetryAttempts,
        conditionRetryTime,
        conditionRetryDelay,
        d,
        lroTimeout,
        time);
  }

  public AzureProviderOptions withLroTimeout(Duration d) {
    return new AzureProviderOptions(
        parallelism,
        conditionRetryAttempts,
        conditionRetryTime,
        conditionRetryDelay,
        lroPollInterval,
        d,
        time);
  }

  public AzureProviderOptions withTime(Time t) {
    return new AzureProviderOptions(
        parallelism,
        conditionRetryAttempts,
        conditionRetryTime,
        conditionRetryDelay,
        lroPollInterval,
        lroTimeout,
        t);
  }
}
