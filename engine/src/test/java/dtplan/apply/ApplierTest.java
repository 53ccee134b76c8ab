package dtplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.FakeProvider;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleAssignmentNames;
import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.Step;
import dtplan.provider.ProviderException;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ApplierTest {
  static final String SUB = "00000000-0000-0000-0000-000000000000";
  static final String RG = "/subscriptions/" + SUB + "/resourceGroups/rg";
  static final String HUB = RG + "/providers/Microsoft.EventHub/namespaces/ns/eventhubs/h";
  static final String INSTANCES = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/";

  static Plan freshPlan(int instances) throws Exception {
    StringBuilder yaml =
        new StringBuilder(
            "version: 1\nstack: s\nazure: {resourceGroup: rg, location: westeurope}\ninstances:\n");
    for (int i = 0; i < instances; i++) {
      yaml.append(
          """
            twins-%d:
              identity: {system: true}
              roles: [{role: Azure Event Hubs Data Sender, scope: %s}]
              endpoints:
                hub: {type: eventhub, auth: identity, eventhub: %s}
              routes:
                all: {endpoint: hub}
          """
              .formatted(i, HUB, HUB));
    }
    Spec spec =
        new SpecLoader()
            .parse("t.yaml", yaml.toString(), new SpecOptions(Map.of(), Map.of(), null, SUB));
    ReadResponse empty =
        new ReadResponse(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new dtplan.model.Destination(
                    HUB, true, "https://ns.servicebus.windows.net:443/", null, null)),
            Map.of());
    return new Planner().plan("test", spec, empty, "digest");
  }

  static ApplyOptions options(int parallelism) {
    return ApplyOptions.defaults().withParallelism(parallelism).withTime(new FakeTime());
  }

  /** Blocks until {@code latch} opens; a test that would hang fails instead. */
  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("gave up waiting after 10 s: " + latch);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void principalCreatedByTheInstanceStepFlowsIntoItsRoleAssignment() throws Exception {
    FakeProvider provider = new FakeProvider();
    ApplyResult result =
        new Applier(provider, ApplyListener.NONE, options(4))
            .apply(ExecutionGraph.of(freshPlan(1)));
    assertThat(result.succeeded()).isTrue();
    RoleAssignment ra =
        (RoleAssignment)
            provider.created.stream()
                .filter(r -> r instanceof RoleAssignment)
                .findFirst()
                .orElseThrow();
    assertThat(ra.principalId()).isEqualTo("principal-of-twins-0");
    assertThat(ra.name())
        .isEqualTo(RoleAssignmentNames.of(HUB, "principal-of-twins-0", ra.roleDefinitionId()));
    assertThat(provider.calls)
        .extracting(c -> c.substring(0, c.indexOf(' ')) + " " + kindOf(c))
        .containsExactly(
            "create instance", "create roleAssignment", "create endpoint", "create route");
  }

  @Test
  void aFailedStepSkipsItsDependentsWhileIndependentWorkCompletes() throws Exception {
    String failingEndpoint = INSTANCES + "twins-0/endpoints/hub";
    FakeProvider provider = new FakeProvider().failingOn(Set.of(failingEndpoint));
    ApplyResult result =
        new Applier(provider, ApplyListener.NONE, options(4))
            .apply(ExecutionGraph.of(freshPlan(2)));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.with(StepOutcome.Status.FAILED))
        .extracting(o -> o.step().address().toString())
        .containsExactly("instances.twins-0.endpoints.hub");
    assertThat(result.with(StepOutcome.Status.SKIPPED))
        .extracting(o -> o.step().address().toString())
        .containsExactly("instances.twins-0.routes.all");
    assertThat(provider.calls).contains("create " + INSTANCES + "twins-1/eventRoutes/all");
    assertThat(result.with(StepOutcome.Status.DONE)).hasSize(6);
  }

  /**
   * The first three calls wait for each other, so three run at once for certain; eight instances
   * are ready from the start, so a fourth would start then if the bound let it.
   */
  @Test
  void neverRunsMoreCallsAtOnceThanTheParallelismAllows() throws Exception {
    CountDownLatch firstThree = new CountDownLatch(3);
    FakeProvider provider =
        new FakeProvider()
            .whileRunning(
                r -> {
                  firstThree.countDown();
                  await(firstThree);
                });
    ApplyResult result =
        new Applier(provider, ApplyListener.NONE, options(3))
            .apply(ExecutionGraph.of(freshPlan(8)));
    assertThat(result.succeeded()).as("every call ran: %s", result.outcomes()).isTrue();
    assertThat(provider.maxRunning()).isEqualTo(3);
  }

  @Test
  void aStopRequestLetsTheStepInFlightFinishAndStartsNothingElse() throws Exception {
    FakeProvider provider = new FakeProvider();
    Applier[] applier = new Applier[1];
    ApplyListener stopOnFirstStart =
        new ApplyListener() {
          @Override
          public void started(Step step) {
            applier[0].requestStop();
          }
        };
    applier[0] = new Applier(provider, stopOnFirstStart, options(1));
    ApplyResult result = applier[0].apply(ExecutionGraph.of(freshPlan(2)));
    assertThat(result.interrupted()).isTrue();
    assertThat(result.with(StepOutcome.Status.DONE)).hasSize(1);
    assertThat(result.with(StepOutcome.Status.NOT_STARTED)).hasSize(result.outcomes().size() - 1);
    assertThat(provider.calls).hasSize(1);
  }

  /**
   * The one call never returns while the applier waits; the grace is two minutes on a clock that
   * moves a minute each time it is read, so it runs out after a few readings, not two minutes.
   */
  @Test
  void stepsStillRunningWhenTheStopGraceRunsOutAreReportedAbandoned() throws Exception {
    CountDownLatch applyReturned = new CountDownLatch(1);
    FakeProvider provider = new FakeProvider().whileRunning(r -> await(applyReturned));
    Applier[] applier = new Applier[1];
    ApplyListener stopOnFirstStart =
        new ApplyListener() {
          @Override
          public void started(Step step) {
            applier[0].requestStop();
          }
        };
    applier[0] =
        new Applier(
            provider,
            stopOnFirstStart,
            options(1)
                .withStopGrace(Duration.ofMinutes(2))
                .withTime(FakeTime.ticking(Duration.ofMinutes(1))));
    ApplyResult result;
    try {
      result = applier[0].apply(ExecutionGraph.of(freshPlan(1)));
    } finally {
      applyReturned.countDown();
    }
    assertThat(result.interrupted()).isTrue();
    assertThat(result.with(StepOutcome.Status.ABANDONED))
        .extracting(o -> o.step().address().toString())
        .containsExactly("instances.twins-0");
    assertThat(result.with(StepOutcome.Status.DONE)).isEmpty();
  }

  @Test
  void aStepThatFailsTransientlyRunsAgainAfterTwoThenFourSeconds() throws Exception {
    AtomicInteger instanceCalls = new AtomicInteger();
    FakeProvider provider =
        new FakeProvider()
            .whileRunning(
                r -> {
                  if (r.id().endsWith("/twins-0") && instanceCalls.incrementAndGet() < 3) {
                    throw new ProviderException("TooManyRequests", "throttled", r.id(), true);
                  }
                });
    List<String> retries = Collections.synchronizedList(new ArrayList<>());
    ApplyListener listener =
        new ApplyListener() {
          @Override
          public void retrying(Step step, int attempt, String error) {
            retries.add(step.address() + " attempt " + attempt + ": " + error);
          }
        };
    FakeTime time = new FakeTime();
    ApplyResult result =
        new Applier(provider, listener, options(4).withTime(time))
            .apply(ExecutionGraph.of(freshPlan(1)));
    assertThat(result.succeeded()).as("%s", result.outcomes()).isTrue();
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    assertThat(retries)
        .containsExactly(
            "instances.twins-0 attempt 2: throttled", "instances.twins-0 attempt 3: throttled");
  }

  @Test
  void aStepStillFailingTransientlyAfterItsAttemptsFailsWithTheConfiguredSchedule()
      throws Exception {
    String instance = INSTANCES + "twins-0";
    AtomicInteger attempts = new AtomicInteger();
    FakeProvider provider =
        new FakeProvider()
            .whileRunning(
                r -> {
                  if (r.id().equals(instance)) {
                    attempts.incrementAndGet();
                    throw new ProviderException("ServerError", "still failing", r.id(), true);
                  }
                });
    FakeTime time = new FakeTime();
    ApplyResult result =
        new Applier(
                provider,
                ApplyListener.NONE,
                options(4).withStepRetries(4, Duration.ofMillis(10)).withTime(time))
            .apply(ExecutionGraph.of(freshPlan(1)));
    assertThat(result.with(StepOutcome.Status.FAILED))
        .extracting(o -> o.step().address().toString())
        .containsExactly("instances.twins-0");
    assertThat(time.sleeps)
        .containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(30));
    assertThat(attempts).hasValue(4);
    assertThat(provider.calls).isEmpty();
  }

  @Test
  void aFailureThatIsNotTransientIsNotRetried() throws Exception {
    String failingEndpoint = INSTANCES + "twins-0/endpoints/hub";
    FakeTime time = new FakeTime();
    new Applier(
            new FakeProvider().failingOn(Set.of(failingEndpoint)),
            ApplyListener.NONE,
            options(4).withTime(time))
        .apply(ExecutionGraph.of(freshPlan(1)));
    assertThat(time.sleeps).isEmpty();
  }

  private static String kindOf(String call) {
    if (call.contains("/eventRoutes/")) {
      return "route";
    }
    if (call.contains("/endpoints/")) {
      return "endpoint";
    }
    return call.contains("roleAssignments") ? "roleAssignment" : "instance";
  }
}
