package dtplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.FakeProvider;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleAssignmentNames;
import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.Step;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  @Test
  void principalCreatedByTheInstanceStepFlowsIntoItsRoleAssignment() throws Exception {
    FakeProvider provider = new FakeProvider();
    ApplyResult result =
        new Applier(provider, 4, ApplyListener.NONE, Duration.ofSeconds(10))
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
        new Applier(provider, 4, ApplyListener.NONE, Duration.ofSeconds(10))
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

  @Test
  void neverRunsMoreCallsAtOnceThanTheParallelismAllows() throws Exception {
    FakeProvider provider = new FakeProvider().takingPerCall(Duration.ofMillis(30));
    new Applier(provider, 3, ApplyListener.NONE, Duration.ofSeconds(10))
        .apply(ExecutionGraph.of(freshPlan(8)));
    assertThat(provider.maxRunning()).isEqualTo(3);
  }

  @Test
  void aStopRequestLetsTheStepInFlightFinishAndStartsNothingElse() throws Exception {
    FakeProvider provider = new FakeProvider().takingPerCall(Duration.ofMillis(50));
    Applier[] applier = new Applier[1];
    ApplyListener stopOnFirstStart =
        new ApplyListener() {
          @Override
          public void started(Step step) {
            applier[0].requestStop();
          }
        };
    applier[0] = new Applier(provider, 1, stopOnFirstStart, Duration.ofSeconds(10));
    ApplyResult result = applier[0].apply(ExecutionGraph.of(freshPlan(2)));
    assertThat(result.interrupted()).isTrue();
    assertThat(result.with(StepOutcome.Status.DONE)).hasSize(1);
    assertThat(result.with(StepOutcome.Status.NOT_STARTED)).hasSize(result.outcomes().size() - 1);
    assertThat(provider.calls).hasSize(1);
  }

  @Test
  void stepsStillRunningWhenTheStopGraceRunsOutAreReportedAbandoned() throws Exception {
    FakeProvider provider = new FakeProvider().takingPerCall(Duration.ofMillis(1_000));
    Applier[] applier = new Applier[1];
    ApplyListener stopOnFirstStart =
        new ApplyListener() {
          @Override
          public void started(Step step) {
            applier[0].requestStop();
          }
        };
    applier[0] =
        new Applier(provider, 1, stopOnFirstStart, Duration.ofSeconds(10), Duration.ofMillis(100));
    ApplyResult result = applier[0].apply(ExecutionGraph.of(freshPlan(1)));
    assertThat(result.interrupted()).isTrue();
    assertThat(result.with(StepOutcome.Status.ABANDONED))
        .extracting(o -> o.step().address().toString())
        .containsExactly("instances.twins-0");
    assertThat(result.with(StepOutcome.Status.DONE)).isEmpty();
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
