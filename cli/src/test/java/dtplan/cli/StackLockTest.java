package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.azure.AzureConnection;
import dtplan.azure.AzureProvider;
import dtplan.azure.AzureProviderOptions;
import dtplan.provider.LockHolder;
import dtplan.provider.LockProvider;
import dtplan.provider.LockRequest;
import dtplan.provider.ProviderListener;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 1: apply and plan --out hold the stack's blob-lease lock; force-unlock breaks it.
 */
class StackLockTest {
  @TempDir Path work;
  LiveSandbox live;

  @BeforeEach
  void start() throws Exception {
    live = LiveSandbox.start();
  }

  @AfterEach
  void stop() {
    live.close();
  }

  /** One instance whose identity sends to an event hub: a role assignment a race would double. */
  static String spec(String container) {
    return """
        version: 1
        stack: locked
        azure:
          resourceGroup: rg-examples
          location: westeurope
        %s
        instances:
          locked-twins:
            identity: {system: true}
            roles:
              - role: Azure Event Hubs Data Sender
                scope: %stelemetry
        """
        .formatted(container == null ? "" : "lock:\n  container: " + container, Specs.EVENTHUB);
  }

  private Path lockedSpec() {
    return Specs.write(work, "locked.yaml", spec(Specs.DEADLETTER));
  }

  private LockProvider.Lock holdAs(String user) {
    AzureConnection c = AzureConnection.sandbox(URI.create(live.url()), LiveSandbox.SUB);
    LockProvider locks =
        new AzureProvider(c, AzureProviderOptions.defaults(), ProviderListener.NONE);
    return locks.acquire(
        new LockRequest(
            Specs.DEADLETTER.replace("${azure.subscription}", LiveSandbox.SUB),
            "locked",
            new LockHolder(user, "ci-runner-3", "apply", Instant.parse("2026-12-01T10:00:00Z")),
            Duration.ofSeconds(60)));
  }

  @Test
  void twoConcurrentAppliesOfOneStackConvergeWithNoDuplicateRoleAssignment() throws Exception {
    Path spec = lockedSpec();
    String[] args = {
      "apply", spec.toString(), "--sandbox", live.url(), "--auto-approve", "--lock-timeout", "120s"
    };
    Cli.Child first = Cli.start(work, Map.of(), args);
    Cli.Child second = Cli.start(work, Map.of(), args);
    Cli.Result a = first.await(Duration.ofMinutes(3));
    Cli.Result b = second.await(Duration.ofMinutes(3));
    assertThat(a.exit()).as(a.toString()).isZero();
    assertThat(b.exit()).as(b.toString()).isZero();
    assertThat(live.roleAssignmentTriples().values()).allMatch(n -> n == 1);
    assertThat(live.managedRoleAssignments("locked")).hasSize(1);
    Cli.Result plan =
        Cli.run("plan", spec.toString(), "--sandbox", live.url(), "--detailed-exitcode");
    assertThat(plan.exit()).as(plan.toString()).isZero();
  }

  @Test
  void aHeldLockFailsTheRunAtOnceNamingItsHolderAndForceUnlockFreesIt() {
    Path spec = lockedSpec();
    holdAs("alice");
    Cli.Result held = Cli.run("apply", spec.toString(), "--sandbox", live.url(), "--auto-approve");
    assertThat(held.exit()).as(held.toString()).isEqualTo(1);
    assertThat(held.err())
        .contains(
            "stack `locked` is locked: held by alice@ci-runner-3 (apply), since 2026-12-01T10:00:00Z")
        .contains("dtplan force-unlock")
        .doesNotContain("\tat ");
    assertThat(live.managedRoleAssignments("locked")).isEmpty();
    Cli.Result savedPlan =
        Cli.run(
            "plan",
            spec.toString(),
            "--sandbox",
            live.url(),
            "--out",
            work.resolve("p.json").toString());
    assertThat(savedPlan.exit()).as(savedPlan.toString()).isEqualTo(1);
    assertThat(work.resolve("p.json")).doesNotExist();

    Cli.Result refused =
        Cli.run("force-unlock", spec.toString(), "--sandbox", live.url(), "--input=false");
    assertThat(refused.exit()).isEqualTo(1);
    Cli.Result unlocked =
        Cli.run("force-unlock", spec.toString(), "--sandbox", live.url(), "--auto-approve");
    assertThat(unlocked.exit()).as(unlocked.toString()).isZero();
    assertThat(unlocked.out()).contains("held by alice@ci-runner-3 (apply)");

    Cli.Result applied =
        Cli.run("apply", spec.toString(), "--sandbox", live.url(), "--auto-approve");
    assertThat(applied.exit()).as(applied.toString()).isZero();
    assertThat(applied.err())
        .as("the log says the run held the lock")
        .contains("Holding the lock of stack `locked` (a lease on blob locked.lock in ")
        .contains("until this apply ends.");
    assertThat(live.managedRoleAssignments("locked")).hasSize(1);
    Cli.Result json =
        Cli.run(
            "apply",
            spec.toString(),
            "--sandbox",
            live.url(),
            "--auto-approve",
            "--format",
            "json");
    assertThat(json.exit()).as(json.toString()).isZero();
    assertThat(json.out().lines().findFirst().orElse(""))
        .as("the planned event names the lock the run holds")
        .startsWith("{\"type\":\"planned\"")
        .contains("\"lock\":\"")
        .contains("/locked.lock\"");
    // The applies released their lock: the next run takes it at once.
    holdAs("bob").release();
  }

  @Test
  void aMissingLockContainerIsAClearErrorAndNothingIsWritten() {
    Path spec =
        Specs.write(
            work,
            "missing.yaml",
            spec(Specs.DEADLETTER.replace("containers/deadletter", "containers/nope")));
    Cli.Result r = Cli.run("apply", spec.toString(), "--sandbox", live.url(), "--auto-approve");
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("containers/nope does not exist").doesNotContain("\tat ");
    assertThat(live.managedRoleAssignments("locked")).isEmpty();
    assertThat(
            live.send(
                    "GET",
                    "/subscriptions/"
                        + LiveSandbox.SUB
                        + "/resourceGroups/rg-examples/providers/Microsoft.DigitalTwins/digitalTwinsInstances/locked-twins",
                    null)
                .status())
        .isEqualTo(404);
  }

  @Test
  void withoutLockApplyWarnsOnceThatConcurrentRunsAreNotPrevented() {
    Path spec = Specs.write(work, "open.yaml", spec(null));
    Cli.Result r = Cli.run("apply", spec.toString(), "--sandbox", live.url(), "--auto-approve");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.err().split("concurrent runs of stack `locked` are not prevented", -1)).hasSize(2);
    Cli.Result plan = Cli.run("plan", spec.toString(), "--sandbox", live.url());
    assertThat(plan.err()).doesNotContain("not prevented");
  }

  @Test
  void lockTimeoutMustBeADuration() {
    Cli.Result r = Cli.run("apply", lockedSpec().toString(), "--lock-timeout", "soon");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("`soon` is not a duration");
  }
}
