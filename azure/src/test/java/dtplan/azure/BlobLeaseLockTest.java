package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.provider.LockHeldException;
import dtplan.provider.LockHolder;
import dtplan.provider.LockProvider;
import dtplan.provider.LockRequest;
import dtplan.provider.ProviderException;
import dtplan.sandbox.SandboxConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The stack lock through the real storage SDK against the sandbox's Blob service. */
class BlobLeaseLockTest extends SandboxTestBase {
  private final FakeTime time = new FakeTime();

  @Override
  SandboxConfig config() {
    return SandboxConfig.defaults().withClock(time);
  }

  private static LockRequest request(String user, String container) {
    return new LockRequest(
        container,
        "factory",
        new LockHolder(user, "build-7", "apply", Instant.parse("2026-01-01T00:00:00Z")),
        Duration.ofSeconds(60));
  }

  @Test
  void aSecondRunIsToldWhoHoldsTheLockUntilItIsReleased() {
    LockProvider.Lock first = provider.acquire(request("alice", CONTAINER));
    assertThatThrownBy(() -> provider.acquire(request("bob", CONTAINER)))
        .isInstanceOfSatisfying(
            LockHeldException.class,
            e ->
                assertThat(e.getMessage())
                    .contains("alice@build-7 (apply), since 2026-01-01T00:00:00Z"));
    first.renew();
    first.release();
    LockProvider.Lock second = provider.acquire(request("bob", CONTAINER));
    second.release();
  }

  @Test
  void aRunThatStopsRenewingLosesTheLockWithinTheLease() {
    provider.acquire(request("alice", CONTAINER));
    time.advance(Duration.ofSeconds(59));
    assertThatThrownBy(() -> provider.acquire(request("bob", CONTAINER)))
        .isInstanceOf(LockHeldException.class);
    time.advance(Duration.ofSeconds(1));
    provider.acquire(request("bob", CONTAINER)).release();
  }

  @Test
  void breakingTheLockNamesItsHolderAndFreesIt() {
    provider.acquire(request("alice", CONTAINER));
    LockHolder broken = provider.breakLock(CONTAINER, "factory");
    assertThat(broken.user()).isEqualTo("alice");
    provider.acquire(request("bob", CONTAINER)).release();
    assertThat(provider.breakLock(CONTAINER, "factory")).isNull();
  }

  @Test
  void aMissingContainerIsAClearErrorAndWritesNothing() {
    String missing = ACCOUNT + "/blobServices/default/containers/nope";
    assertThatThrownBy(() -> provider.acquire(request("alice", missing)))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.code()).isEqualTo("LockContainerNotFound");
              assertThat(e.getMessage()).contains("containers/nope does not exist");
            });
  }
}
