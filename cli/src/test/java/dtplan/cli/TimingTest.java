package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.apply.ApplyOptions;
import dtplan.azure.AzureProviderOptions;
import dtplan.azure.HttpRetryDelays;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The test-only retry delay scale never changes a default unless it is set, and only delays. */
class TimingTest {
  @Test
  void unsetMeansTheProductionDefaults() {
    Timing timing = Timing.of(null);
    assertThat(timing.apply(7)).isEqualTo(ApplyOptions.defaults().withParallelism(7));
    assertThat(timing.provider(7)).isEqualTo(AzureProviderOptions.defaults().withParallelism(7));
    assertThat(timing.http()).isEqualTo(HttpRetryDelays.defaults());
  }

  @Test
  void aScaleShortensEveryRetryDelayAndThePollIntervalAndNothingElse() {
    Timing timing = Timing.of("0.01");
    ApplyOptions apply = timing.apply(3);
    assertThat(apply.stepRetryDelay()).isEqualTo(Duration.ofMillis(20));
    assertThat(apply.withStepRetries(3, Duration.ofSeconds(2)))
        .isEqualTo(ApplyOptions.defaults().withParallelism(3));
    AzureProviderOptions provider = timing.provider(3);
    assertThat(provider.conditionRetryDelay()).isEqualTo(Duration.ofMillis(20));
    assertThat(provider.conditionRetryAttempts())
        .isEqualTo(AzureProviderOptions.defaults().conditionRetryAttempts());
    assertThat(provider.conditionRetryTime())
        .isEqualTo(AzureProviderOptions.defaults().conditionRetryTime());
    assertThat(provider.lroTimeout()).isEqualTo(AzureProviderOptions.defaults().lroTimeout());
    assertThat(provider.lroPollInterval()).isEqualTo(Duration.ofMillis(20));
    assertThat(timing.http())
        .isEqualTo(new HttpRetryDelays(Duration.ofMillis(8), Duration.ofMillis(80)));
  }

  @Test
  void aScaleTooSmallForAMillisecondStillWaitsOne() {
    assertThat(Timing.of("0.000001").http().base()).isEqualTo(Duration.ofMillis(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "2", "fast", "NaN"})
  void anythingButAFactorAboveZeroAndAtMostOneIsRefused(String value) {
    assertThatThrownBy(() -> Timing.of(value))
        .isInstanceOf(UserError.class)
        .hasMessageContaining(Timing.SCALE_PROPERTY)
        .hasMessageContaining("leave it unset");
  }
}
