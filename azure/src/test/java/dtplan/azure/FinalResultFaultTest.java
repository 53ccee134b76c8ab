package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dtplan.model.Endpoint;
import dtplan.provider.CreateRequest;
import dtplan.provider.ProviderException;
import dtplan.sandbox.FaultRule;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The final read of a long-running operation can itself be throttled past the SDK's retries. Found
 * by FaultConvergenceTest (about 20% injected 429/503): the SDK then handed back the error answer
 * as if it were the resource, and the endpoint step failed with a NullPointerException.
 */
class FinalResultFaultTest extends SandboxTestBase {
  @Test
  void aThrottledFinalReadIsATransientFailureNotACrash() {
    String instanceId =
        provider
            .create(
                new CreateRequest(
                    instance("adt-final", systemIdentity(), Map.of("dtplan-stack", "f"))))
            .created()
            .id();
    Endpoint endpoint = keyBasedEventHub(instanceId, "telemetry", EH_CONNECTION);
    // PUT answers 201 with the LRO headers; every GET of the endpoint itself is throttled.
    sandbox
        .faults()
        .add(
            FaultRule.status(429)
                .on("GET", "**/digitalTwinsInstances/adt-final/endpoints/telemetry")
                .times(50));

    Throwable thrown = catchThrowable(() -> provider.create(new CreateRequest(endpoint)));

    assertThat(thrown).isInstanceOf(ProviderException.class);
    ProviderException e = (ProviderException) thrown;
    assertThat(e.transientFailure()).as(e.getMessage()).isTrue();
    assertThat(e.getMessage()).doesNotContain("NullPointerException");
  }
}
