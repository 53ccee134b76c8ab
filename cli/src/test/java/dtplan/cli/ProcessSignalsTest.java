package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.sandbox.RequestEntry;
import dtplan.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dtplan process stopped in the middle of an apply, against a sandbox in this JVM whose
 * long-running operations take 3 s: killed outright, the next plan proposes exactly what is left;
 * interrupted with SIGINT, it finishes what is in flight, reports, and exits 130.
 */
@DisabledOnOs(OS.WINDOWS)
class ProcessSignalsTest {
  static final String RG = "rg-examples";
  static final Duration LRO = Duration.ofSeconds(3);

  @TempDir Path work;

  private static SandboxConfig slow() {
    return SandboxConfig.defaults().withLroDuration(LRO);
  }

  @Test
  void killedApplyLeavesOnlyTheRemainingWork() throws Exception {
    String stack = "killed";
    int instances = 2;
    Path spec = Specs.write(work, "fleet.yaml", Specs.fleet(stack, "kl", instances));
    int total = instances * Specs.FLEET_RESOURCES_PER_INSTANCE;
    try (LiveSandbox sb = LiveSandbox.start(slow())) {
      Cli.Child child =
          Cli.start(
              work, Map.of(), "apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      // Kill it while the first endpoints are being created: instances and roles are done.
      awaitWrite(sb, child, e -> e.method().equals("PUT") && e.path().contains("/endpoints/"));
      child.process().destroyForcibly();
      assertThat(child.process().waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(child.process().exitValue()).as(child.stdout()).isEqualTo(137);

      sb.awaitOperations(RG, Duration.ofSeconds(30));
      int existing = sb.stackResourceCount(RG, stack);
      assertThat(existing).as("the kill came in the middle").isBetween(1, total - 1);

      Cli.Result plan =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(2);
      assertThat(PlanOutput.summary(plan.out()))
          .as("only what is missing is added; nothing changed, replaced or destroyed\n" + plan)
          .containsExactly(total - existing, 0, 0, 0);
      assertThat(PlanOutput.changes(plan.out()).values()).containsOnly("created");

      Cli.Result rest = Cli.run("apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      assertThat(rest.exit()).as(rest.toString()).isZero();
      assertThat(sb.roleAssignmentTriples()).allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1));
      assertThat(sb.managedRoleAssignments(stack)).hasSize(2 * instances);
      assertThat(sb.stackResourceCount(RG, stack)).isEqualTo(total);
      Cli.Result none =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(none.exit()).as(none.toString()).isZero();
    }
  }

  private static final Pattern NOT_STARTED =
      Pattern.compile("^\\s+not started\\s+(\\S+) \\(create\\)", Pattern.MULTILINE);
  private static final Pattern COMPLETE =
      Pattern.compile("^(\\S+): Creation complete after", Pattern.MULTILINE);

  @Test
  void interruptedApplyFinishesInFlightStepsReportsAndExits130() throws Exception {
    String stack = "interrupted";
    int instances = 2;
    Path spec = Specs.write(work, "fleet.yaml", Specs.fleet(stack, "in", instances));
    int total = instances * Specs.FLEET_RESOURCES_PER_INSTANCE;
    try (LiveSandbox sb = LiveSandbox.start(slow())) {
      Cli.Child child =
          Cli.start(
              work, Map.of(), "apply", spec.toString(), "--auto-approve", "--sandbox", sb.url());
      // Both instance creations are in flight (each takes 3 s): interrupt now.
      awaitWrites(
          sb,
          child,
          instances,
          e ->
              e.method().equals("PUT")
                  && e.path().contains("/digitalTwinsInstances/")
                  && !e.path().contains("/endpoints/"));
      long pid = child.process().pid();
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
      assertThat(kill.waitFor()).isZero();
      Cli.Result r = child.await(Duration.ofSeconds(60));

      assertThat(r.exit()).as(r.toString()).isEqualTo(130);
      assertThat(r.out()).as(r.toString()).contains("Apply interrupted.");
      // The two instances were in flight and finish; nothing else starts.
      assertThat(r.out())
          .as(r.toString())
          .contains("done: 2, failed: 0, skipped: 0, not started: " + (total - 2));
      List<String> done = all(COMPLETE, r.out());
      List<String> notStarted = all(NOT_STARTED, r.out());
      assertThat(done).containsExactlyInAnyOrder("instances.in-1", "instances.in-2");
      assertThat(notStarted).hasSize(total - 2).doesNotContainAnyElementsOf(done);

      // The report is the truth: what it calls done exists, what it calls not started was never
      // sent.
      sb.awaitOperations(RG, Duration.ofSeconds(30));
      assertThat(sb.instances(RG)).containsExactlyInAnyOrder("in-1", "in-2");
      List<RequestEntry> writes = sb.writes();
      assertThat(writes)
          .as("only the instances were written")
          .allMatch(e -> e.path().matches(".*/digitalTwinsInstances/in-[12]"));
      assertThat(sb.stackResourceCount(RG, stack)).isEqualTo(2);

      Cli.Result plan =
          Cli.run("plan", spec.toString(), "--detailed-exitcode", "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(2);
      assertThat(PlanOutput.changes(plan.out()).keySet())
          .as(plan.toString())
          .containsExactlyInAnyOrderElementsOf(notStarted);
    }
  }

  private static List<String> all(Pattern p, String text) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static void awaitWrite(LiveSandbox sb, Cli.Child child, Predicate<RequestEntry> which)
      throws InterruptedException {
    awaitWrites(sb, child, 1, which);
  }

  private static void awaitWrites(
      LiveSandbox sb, Cli.Child child, int count, Predicate<RequestEntry> which)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (sb.writes().stream().filter(which).count() < count) {
      if (!child.process().isAlive()) {
        throw new AssertionError(
            "dtplan ended early: "
                + child.process().exitValue()
                + "\n"
                + child.stdout()
                + child.stderr());
      }
      if (System.nanoTime() > deadline) {
        child.process().destroyForcibly();
        throw new AssertionError(
            "the awaited request never came\n" + child.stdout() + child.stderr());
      }
      Thread.sleep(20);
    }
  }
}
