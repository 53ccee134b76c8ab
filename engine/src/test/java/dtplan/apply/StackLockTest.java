package dtplan.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.provider.LockHeldException;
import dtplan.provider.LockHolder;
import dtplan.provider.LockProvider;
import dtplan.provider.LockRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Waiting for, renewing and releasing the stack's lock, on time the test moves. */
class StackLockTest {
  private final FakeTime time = new FakeTime();
  private final List<String> calls = new ArrayList<>();
  private Runnable renewal;
  private Duration renewalPeriod;
  private int heldFor = Integer.MAX_VALUE;

  private final LockProvider locks =
      new LockProvider() {
        @Override
        public Lock acquire(LockRequest request) {
          calls.add("acquire");
          if (heldFor-- > 0) {
            throw new LockHeldException(request.holder());
          }
          return new Lock() {
            @Override
            public void renew() {
              calls.add("renew");
            }

            @Override
            public void release() {
              calls.add("release");
            }
          };
        }

        @Override
        public LockHolder breakLock(String container, String stack) {
          return null;
        }
      };

  private final LockRequest request =
      new LockRequest(
          "c", "s", new LockHolder("alice", "h", "apply", Instant.EPOCH), StackLock.LEASE);

  private StackLock take(Duration timeout) {
    return StackLock.take(
        locks,
        request,
        timeout,
        time,
        (period, task) -> {
          renewalPeriod = period;
          renewal = task;
          return () -> calls.add("cancel");
        });
  }

  @Test
  void withoutTimeoutAHeldLockFailsAfterOneTry() {
    assertThatThrownBy(() -> take(Duration.ZERO))
        .isInstanceOf(LockHeldException.class)
        .hasMessageContaining("alice@h (apply)");
    assertThat(calls).containsExactly("acquire");
  }

  @Test
  void aTimeoutTriesAgainUntilItRunsOut() {
    assertThatThrownBy(() -> take(Duration.ofSeconds(5))).isInstanceOf(LockHeldException.class);
    assertThat(calls).containsExactly("acquire", "acquire", "acquire", "acquire");
    assertThat(time.sleeps)
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
  }

  @Test
  void aLockFreedWhileWaitingIsTakenRenewedAtAThirdOfTheLeaseAndReleased() {
    heldFor = 2;
    try (StackLock lock = take(Duration.ofMinutes(1))) {
      assertThat(renewalPeriod).isEqualTo(Duration.ofSeconds(20));
      renewal.run();
      assertThat(lock.renewalFailure()).isNull();
    }
    assertThat(calls)
        .containsExactly("acquire", "acquire", "acquire", "renew", "cancel", "release");
  }
}
