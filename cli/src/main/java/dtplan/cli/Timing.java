package dtplan.cli;

import dtplan.apply.ApplyOptions;
import dtplan.azure.AzureProviderOptions;
import dtplan.azure.HttpRetryDelays;
import java.time.Duration;

/**
 * The retry delays the CLI hands to the applier, the provider and the HTTP pipeline: the production
 * defaults, unless the test-only system property {@value #SCALE_PROPERTY} scales them down. The
 * CLI's tests set it so that a 500 retried by the SDK and then by apply costs milliseconds, not 25
 * s; every count, bound and timeout stays as it is, so the tests still see each retry happen. It is
 * read here and nowhere else, and is documented in CONTRIBUTING.md as for tests only.
 */
final class Timing {
  /** A factor in (0, 1] applied to every retry delay and poll interval; unset means 1. */
  static final String SCALE_PROPERTY = "dtplan.test.retryDelayScale";

  private static final Duration FLOOR = Duration.ofMillis(1);

  private final double scale;

  private Timing(double scale) {
    this.scale = scale;
  }

  static Timing fromSystemProperties() {
    return of(System.getProperty(SCALE_PROPERTY));
  }

  /** The timing for a value of {@value #SCALE_PROPERTY}; {@code value} is null when it is unset. */
  static Timing of(String value) {
    if (value == null || value.isBlank()) {
      return new Timing(1);
    }
    double scale;
    try {
      scale = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      scale = Double.NaN;
    }
    if (!(scale > 0 && scale <= 1)) {
      throw new UserError(
          "cannot use -D"
              + SCALE_PROPERTY
              + "="
              + value
              + ": it must be a number above 0 and at"
              + " most 1 (it is meant for dtplan's own tests; leave it unset)");
    }
    return new Timing(scale);
  }

  ApplyOptions apply(int parallelism) {
    ApplyOptions defaults = ApplyOptions.defaults().withParallelism(parallelism);
    return defaults.withStepRetries(defaults.stepAttempts(), scaled(defaults.stepRetryDelay()));
  }

  AzureProviderOptions provider(int parallelism) {
    AzureProviderOptions defaults = AzureProviderOptions.defaults().withParallelism(parallelism);
    return defaults
        .withConditionRetry(
            defaults.conditionRetryAttempts(),
            defaults.conditionRetryTime(),
            scaled(defaults.conditionRetryDelay()))
        .withLroPollInterval(scaled(defaults.lroPollInterval()));
  }

  HttpRetryDelays http() {
    HttpRetryDelays defaults = HttpRetryDelays.defaults();
    return new HttpRetryDelays(scaled(defaults.base()), scaled(defaults.max()));
  }

  private Duration scaled(Duration d) {
    if (scale == 1) {
      return d;
    }
    Duration s = Duration.ofNanos((long) (d.toNanos() * scale));
    return s.compareTo(FLOOR) < 0 ? FLOOR : s;
  }
}
