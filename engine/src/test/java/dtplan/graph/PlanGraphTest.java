package dtplan.graph;

import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.fixtures.Fixtures.RG;
import static dtplan.fixtures.Fixtures.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.Step;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drawn graph is apply's order: the same reachability, only implied edges left out. */
class PlanGraphTest {

  static final String SPEC =
      """
      version: 1
      stack: s
      azure: {resourceGroup: rg-test, location: westeurope}
      identities:
        sender: {}
      instances:
        twins:
          identity: {system: true, user: [sender]}
          roles:
            - {role: Azure Event Hubs Data Sender, scope: %s}
          dataOwners: [caller]
          endpoints:
            hub: {type: eventhub, auth: identity, eventhub: %s}
            hub2: {type: eventhub, auth: identity, identity: sender, eventhub: %s}
          routes:
            r: {endpoint: hub}
            r2: {endpoint: hub2, filter: "type = 'x'"}
      roleAssignments:
        sender-sends:
          principal: identities.sender
          role: Azure Event Hubs Data Sender
          scope: %s
      """
          .formatted(RG, HUB, HUB, HUB);

  @Test
  void everyOrderApplyFollowsIsDrawnAndNoEdgeIsImpliedByAnother() throws Exception {
    Plan plan = new Planner().creationPlan(load(SPEC));
    ExecutionGraph apply = ExecutionGraph.of(plan);
    PlanGraph drawn = PlanGraph.ofCreation(plan);

    List<Step> steps = apply.steps();
    assertThat(drawn.nodes()).hasSameSizeAs(steps);
    for (Step a : steps) {
      for (Step b : steps) {
        boolean applyOrders = apply.precedes(a, b);
        assertThat(reaches(drawn.edges(), a.address().toString(), b.address().toString()))
            .as("%s before %s", a.id(), b.id())
            .isEqualTo(applyOrders);
      }
    }
    for (PlanGraph.Edge e : drawn.edges()) {
      List<PlanGraph.Edge> without = drawn.edges().stream().filter(other -> other != e).toList();
      assertThat(reaches(without, e.from().label(), e.to().label()))
          .as("edge %s -> %s is implied by another path", e.from().label(), e.to().label())
          .isFalse();
    }
    assertThat(drawn.edges())
        .extracting(e -> e.from().label() + " -> " + e.to().label() + " (" + e.rule() + ")")
        .contains(
            "identities.sender -> instances.twins (identity-before-instance)",
            "instances.twins.endpoints.hub -> instances.twins.routes.r (endpoint-before-routes)");
  }

  private static boolean reaches(List<PlanGraph.Edge> edges, String from, String to) {
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(from));
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      String n = todo.pop();
      for (PlanGraph.Edge e : edges) {
        if (e.from().label().equals(n) && seen.add(e.to().label())) {
          if (e.to().label().equals(to)) {
            return true;
          }
          todo.push(e.to().label());
        }
      }
    }
    return false;
  }

  private static dtplan.spec.Spec load(String yaml) throws Exception {
    return new SpecLoader().parse("t.yaml", yaml, new SpecOptions(Map.of(), Map.of(), null, SUB));
  }
}
