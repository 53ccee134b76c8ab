package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lease state machine of Lease Blob, driven by the clock passed in (millis). */
class BlobLeaseTest {
  private static final String A = "aaaaaaaa-0000-0000-0000-000000000000";
  private static final String B = "bbbbbbbb-0000-0000-0000-000000000000";

  private static Map<String, String> acquire(String id, String seconds) {
    return Map.of(
        "x-ms-lease-action",
        "acquire",
        "x-ms-proposed-lease-id",
        id,
        "x-ms-lease-duration",
        seconds);
  }

  private static Map<String, String> with(String action, String id) {
    return Map.of("x-ms-lease-action", action, "x-ms-lease-id", id);
  }

  private static String code(Runnable r) {
    try {
      r.run();
    } catch (ApiError e) {
      return e.status() + " " + e.code();
    }
    return "ok";
  }

  @Test
  void aSecondAcquireConflictsUntilTheLeaseExpires() {
    BlobLease l = new BlobLease();
    assertThat(l.act("acquire", acquire(A, "60"), 0)).containsEntry("x-ms-lease-id", A);
    assertThat(l.state(0)).isEqualTo("leased");
    assertThat(code(() -> l.act("acquire", acquire(B, "60"), 59_999)))
        .isEqualTo("409 LeaseAlreadyPresent");
    assertThat(l.state(60_000)).isEqualTo("expired");
    assertThat(l.act("acquire", acquire(B, "60"), 60_000)).containsEntry("x-ms-lease-id", B);
  }

  @Test
  void theHolderMayAcquireAgainAndRenew() {
    BlobLease l = new BlobLease();
    l.act("acquire", acquire(A, "15"), 0);
    assertThat(code(() -> l.act("acquire", acquire(A, "15"), 10_000))).isEqualTo("ok");
    l.act("renew", with("renew", A), 20_000);
    assertThat(l.state(34_999)).isEqualTo("leased");
    assertThat(l.state(35_000)).isEqualTo("expired");
    assertThat(code(() -> l.act("renew", with("renew", B), 1_000)))
        .isEqualTo("409 LeaseIdMismatchWithLeaseOperation");
  }

  @Test
  void releaseFreesAtOnceAndLeavesNothingToRenew() {
    BlobLease l = new BlobLease();
    l.act("acquire", acquire(A, "60"), 0);
    assertThat(code(() -> l.act("release", with("release", B), 1)))
        .isEqualTo("409 LeaseIdMismatchWithLeaseOperation");
    l.act("release", with("release", A), 1);
    assertThat(l.state(2)).isEqualTo("available");
    assertThat(code(() -> l.act("renew", with("renew", A), 2)))
        .isEqualTo("409 LeaseNotPresentWithLeaseOperation");
    assertThat(code(() -> l.act("break", Map.of("x-ms-lease-action", "break"), 2)))
        .isEqualTo("409 LeaseNotPresentWithLeaseOperation");
  }

  @Test
  void breakWithPeriodZeroBreaksAtOnceAndTheLeaseCannotBeRenewed() {
    BlobLease l = new BlobLease();
    l.act("acquire", acquire(A, "60"), 0);
    Map<String, String> out =
        l.act("break", Map.of("x-ms-lease-action", "break", "x-ms-lease-break-period", "0"), 1_000);
    assertThat(out).containsEntry("x-ms-lease-time", "0");
    assertThat(l.state(1_000)).isEqualTo("broken");
    assertThat(code(() -> l.act("renew", with("renew", A), 1_000)))
        .isEqualTo("409 LeaseIsBrokenAndCannotBeRenewed");
    assertThat(code(() -> l.act("acquire", acquire(B, "60"), 1_000))).isEqualTo("ok");
  }

  @Test
  void aBreakWithoutPeriodWaitsOutTheLeaseAndBlocksAcquire() {
    BlobLease l = new BlobLease();
    l.act("acquire", acquire(A, "60"), 0);
    assertThat(l.act("break", Map.of("x-ms-lease-action", "break"), 20_000))
        .containsEntry("x-ms-lease-time", "40");
    assertThat(l.state(59_999)).isEqualTo("breaking");
    assertThat(l.active(59_999)).isTrue();
    assertThat(code(() -> l.act("acquire", acquire(B, "60"), 30_000)))
        .isEqualTo("409 LeaseIsBreakingAndCannotBeAcquired");
    assertThat(l.state(60_000)).isEqualTo("broken");
  }

  @Test
  void durationsOutsideFifteenToSixtyAreRefused() {
    assertThatThrownBy(() -> new BlobLease().act("acquire", acquire(A, "61"), 0))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("InvalidHeaderValue"));
    assertThat(code(() -> new BlobLease().act("acquire", acquire(A, "-1"), 0))).isEqualTo("ok");
  }
}
