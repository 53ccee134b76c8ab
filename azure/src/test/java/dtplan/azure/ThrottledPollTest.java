package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dtplan.provider.CreateRequest;
import dtplan.provider.ProviderException;
import dtplan.sandbox.FaultRule;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A status monitor throttled past the SDK's retries makes the poller report the operation as
 * failed, with the 429 as its error. That is Azure being busy, not the operation failing: the
 * failure is transient, so apply runs the (idempotent) step again. Seen in FaultConvergenceTest.
 */
class ThrottledPollTest extends SandboxTestBase {
  @Test
  void aThrottledStatusMonitorIsATransientFailureNotAFailedOperation() {
    sandbox.faults().add(FaultRule.status(429).on("GET", "**/operationsStatuses/**").times(50));

    ProviderException e =
        catchThrowableOfType(
            () ->
                provider.create(
                    new CreateRequest(
                        instance(
                            "adt-throttled", systemIdentity(), Map.of("dtplan-stack", "factory")))),
            ProviderException.class);

    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo("TooManyRequests");
    assertThat(e.transientFailure()).as(e.getMessage()).isTrue();
  }
}
