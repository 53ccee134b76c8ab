package dtplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.sandbox.Sandbox;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke run of items 2 and 3 of docs/benchmarks.md at tiny sizes: a plan of full instances
 * costs exactly 3 requests per instance plus a constant, and the same requests under latency. Times
 * are not asserted (the machine is shared); bench/run measures them.
 */
class PlanRequestsSmokeTest {
  /**
   * What a plan of the benchmark stack reads, pinned: per instance its endpoints, its routes and
   * its principal's role assignments; once, the instance list, the user identities, the private
   * endpoints of the group, the caller's grants, 6 event hubs, their namespace (once), the
   * dead-letter container and its account. A change here changes what every plan costs in round
   * trips: measure it (bench/run requests) and say so.
   */
  static final int PER_INSTANCE = 3;

  static final int CONSTANT = 13;

  @TempDir Path dir;

  @Test
  void aPlanCostsAtMostFourRequestsPerInstancePlusAConstantWithAndWithoutLatency()
      throws Exception {
    SandboxBench.Count one;
    Stack single = new Stack(1);
    Path singleSpec = SandboxStacks.writeSpec(dir.resolve("n1"), single);
    // Calls per list are counted, not pages: every list fits one page (SandboxBench.counted).
    try (Sandbox sandbox = SandboxStacks.start(SandboxBench.counted())) {
      SandboxStacks.apply(sandbox.url(), single, 25, 8);
      one = SandboxBench.countPlanRequests(sandbox, singleSpec, 1, false);
    }

    Stack stack = new Stack(3);
    Path spec = SandboxStacks.writeSpec(dir.resolve("n3"), stack);
    int port = SandboxBench.freePort();
    Path state = dir.resolve("state");
    SandboxBench.Count three;
    try (Sandbox sandbox =
        SandboxStacks.start(SandboxBench.counted().withPort(port).withStateDir(state))) {
      SandboxStacks.apply(sandbox.url(), stack, 25, 8);
      three = SandboxBench.countPlanRequests(sandbox, spec, 3, false);
    }

    assertThat(one.total()).as("%s", one.byTemplate()).isEqualTo(PER_INSTANCE + CONSTANT);
    assertThat(three.total()).as("%s", three.byTemplate()).isEqualTo(3 * PER_INSTANCE + CONSTANT);

    try (Sandbox slow =
        Sandbox.start(
            SandboxBench.counted()
                .withPort(port)
                .withStateDir(state)
                .withLatency(Duration.ofMillis(10)))) {
      SandboxStacks.Run run = SandboxStacks.plan(spec, slow.url(), 4);

      assertThat(run.exitCode()).as(run.out()).isZero();
      assertThat(slow.requests().total()).isEqualTo(three.total());
    }
  }
}
