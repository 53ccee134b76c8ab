package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.model.Instance;
import dtplan.provider.CreateRequest;
import dtplan.provider.ProviderException;
import dtplan.provider.ReadRequest;
import dtplan.provider.ReadResponse;
import dtplan.sandbox.FaultRule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 429, 5xx and dropped connections are retried by the SDK pipeline and reported to the listener.
 */
class TransientFaultTest extends SandboxTestBase {
  static final String INSTANCES_LIST = "**/providers/Microsoft.DigitalTwins/digitalTwinsInstances";

  ReadResponse read() {
    return provider.read(
        new ReadRequest(SUB, RG, "factory", List.of(), List.of(), List.of(), List.of()));
  }

  @Test
  void throttledReadsWaitRetryAfterAndAreReported() {
    sandbox.faults().add(FaultRule.status(429).on("GET", INSTANCES_LIST).times(2));

    read();

    assertThat(listener.retries).hasSize(2);
    assertThat(listener.retries)
        .allSatisfy(
            r -> {
              assertThat(r.code()).isEqualTo("TooManyRequests");
              assertThat(r.resourceId()).isEqualTo(RG_ID);
              assertThat(r.delay()).isEqualTo(Duration.ofSeconds(1));
            });
    assertThat(listener.retries).extracting(RecordingListener.Retry::attempt).containsExactly(1, 2);
  }

  @Test
  void serverErrorsOnWritesAndOnTheDataPlaneAreRetried() {
    Instance adt =
        (Instance)
            provider
                .create(
                    new CreateRequest(
                        instance(
                            "adt-factory", systemIdentity(), Map.of("dtplan-stack", "factory"))))
                .created();
    sandbox.faults().add(FaultRule.status(503).on("GET", "/_dataplane/**").times(1));
    sandbox.faults().add(FaultRule.status(503).on("PUT", "**/userAssignedIdentities/*").times(1));

    assertThat(read().instances()).hasSize(1);
    provider.create(new CreateRequest(userIdentity()));

    assertThat(listener.retries)
        .extracting(RecordingListener.Retry::resourceId, RecordingListener.Retry::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(adt.id(), "ServiceUnavailable"),
            org.assertj.core.groups.Tuple.tuple(UAI_ID, "ServiceUnavailable"));
  }

  @Test
  void droppedConnectionsAreRetried() {
    // The JDK client silently retries an idempotent request once on a dropped connection, so it
    // takes two drops for the SDK's RetryPolicy to see one.
    sandbox.faults().add(FaultRule.drop().on("GET", INSTANCES_LIST).times(2));

    read();

    assertThat(listener.retries).isNotEmpty();
    assertThat(listener.retries)
        .allSatisfy(
            r -> {
              assertThat(r.resourceId()).isEqualTo(RG_ID);
              assertThat(r.code()).isEqualTo("ConnectionError");
            });
  }

  @Test
  void aPersistentServerErrorFailsAsTransientAfterTheRetries() {
    sandbox.faults().add(FaultRule.status(503).on("GET", INSTANCES_LIST));

    assertThatThrownBy(this::read)
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.transientFailure()).isTrue();
              assertThat(e.getMessage())
                  .startsWith(
                      "Listing the Digital Twins instances of resource group " + RG + " failed: ");
              assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
            });
    assertThat(listener.retries).hasSize(TransientRetryStrategy.MAX_RETRIES);
  }
}
