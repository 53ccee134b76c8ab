package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dtplan.sandbox.FaultRule;
import dtplan.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apply converges against a sandbox that answers about 20% of ARM and data-plane requests with 429
 * or 503, replicates new principals after 2 s, and keeps endpoints provisioning for 1 s (routes are
 * refused until then): nothing duplicated, nothing orphaned, and a second plan finds nothing.
 */
class FaultConvergenceTest {
  static final String RG = "rg-examples";
  static final String STACK = "faulty";

  @TempDir Path work;

  private static LiveSandbox faultySandbox() throws java.io.IOException {
    SandboxConfig config =
        SandboxConfig.defaults()
            .withLroDuration(Duration.ofSeconds(1))
            .withPrincipalReplicationDelay(Duration.ofSeconds(5))
            .withSeed(20260101L);
    LiveSandbox sb = LiveSandbox.start(config);
    // 1 - 0.90 * 0.89 ≈ 20% of requests fail, about half 429, half 503.
    for (String path : List.of("/subscriptions/**", "/_dataplane/**")) {
      sb.sandbox.faults().add(FaultRule.status(429).on("*", path).withProbability(0.10));
      sb.sandbox.faults().add(FaultRule.status(503).on("*", path).withProbability(0.11));
    }
    return sb;
  }

  @Test
  void oneApplyConvergesUnderTransientFaults() throws Exception {
    Path spec = Specs.write(work, "fleet.yaml", Specs.fleet(STACK, "ft", 2));
    try (LiveSandbox sb = faultySandbox()) {
      long start = System.nanoTime();
      Cli.Result apply = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      System.out.println(
          "FaultConvergenceTest: one apply under faults took "
              + Duration.ofNanos(System.nanoTime() - start));
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(apply.err()).as("retries are shown").contains("retrying");

      sb.sandbox.faults().clear();
      assertConverged(sb);
      Cli.Result plan =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isZero();
    }
  }

  /**
   * The same, allowing an apply that a run of four failed attempts of one call defeats to be run
   * again (as the report says to): at most three applies, each failure only ever a transient one,
   * and the end state exact.
   */
  @Test
  void appliesConvergeUnderTransientFaultsWithNothingDuplicatedOrOrphaned() throws Exception {
    Path spec = Specs.write(work, "fleet.yaml", Specs.fleet(STACK, "ft", 2));
    try (LiveSandbox sb = faultySandbox()) {
      long start = System.nanoTime();
      Cli.Result apply = null;
      int applies = 0;
      StringBuilder errors = new StringBuilder();
      while (applies < 3) {
        applies++;
        apply = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
        errors.append(apply.err());
        if (apply.exit() == 0) {
          break;
        }
        assertThat(apply.exit()).as(apply.toString()).isEqualTo(1);
        assertThat(apply.out())
            .as("only transient faults may defeat an apply\n" + apply)
            .containsPattern("FAILED after \\S+: .*(TooManyRequests|ServiceUnavailable)")
            .doesNotContain("unexpected error")
            .doesNotContain("RoleAssignmentExists");
      }
      System.out.println(
          "FaultConvergenceTest: "
              + applies
              + " apply(s) under faults took "
              + Duration.ofNanos(System.nanoTime() - start));
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(errors.toString())
          .as("faults were met and retried, and principal replication waited for")
          .contains("retrying")
          .containsPattern("TooManyRequests|ServiceUnavailable")
          .contains("PrincipalNotFound");

      sb.sandbox.faults().clear();
      assertConverged(sb);
      Cli.Result plan =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isZero();
      assertThat(plan.out()).contains("No changes");
    }
  }

  /** Exactly the fleet exists: no duplicate role assignment, nothing left over. */
  static void assertConverged(LiveSandbox sb) {
    assertThat(sb.roleAssignmentTriples())
        .as("no scope+principal+role held twice")
        .allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1));
    assertThat(sb.instances(RG)).containsExactlyInAnyOrder("ft-1", "ft-2");
    Set<String> principals = new HashSet<>();
    for (String instance : List.of("ft-1", "ft-2")) {
      principals.add(sb.instance(RG, instance).path("identity").path("principalId").asText());
      assertThat(sb.endpoints(RG, instance)).containsOnlyKeys("telemetry", "alerts");
      assertThat(sb.routes(RG, instance))
          .containsOnlyKeys("telemetry-a", "telemetry-b", "alerts-a", "alerts-b");
    }
    // The caller's own Data Owner grant (the test's setup, not the stack's) is not counted.
    List<JsonNode> assignments =
        sb.roleAssignments().stream()
            .filter(
                ra ->
                    !SandboxConfig.DEFAULT_CALLER_PRINCIPAL_ID.equals(
                        ra.path("properties").path("principalId").asText()))
            .toList();
    assertThat(assignments).as("two roles per instance, nothing orphaned").hasSize(4);
    for (JsonNode ra : assignments) {
      assertThat(principals)
          .as("role assignment %s belongs to a live instance", ra.path("name").asText())
          .contains(ra.path("properties").path("principalId").asText());
    }
    assertThat(sb.managedRoleAssignments(STACK)).hasSize(4);
  }
}
