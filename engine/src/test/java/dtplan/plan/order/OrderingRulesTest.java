package dtplan.plan.order;

import static dtplan.fixtures.Fixtures.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import dtplan.diag.Severity;
import dtplan.fixtures.Fixtures;
import dtplan.model.Destination;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.plan.Consequence;
import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.provider.Caller;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderingRulesTest {
  static final String INSTANCE = Fixtures.instanceId("twins");

  @Test
  void everyRuleHasAUniqueKebabCaseNameAndAReason() {
    Set<String> names = new HashSet<>();
    for (OrderingRule rule : OrderingRules.all()) {
      assertThat(rule.name()).matches("[a-z]+(-[a-z]+)+");
      assertThat(names.add(rule.name())).as("unique: %s", rule.name()).isTrue();
      assertThat(rule.reason()).isNotBlank().doesNotEndWith(".");
    }
  }

  /**
   * The instance's own new identity made Data Owner of it while public access is turned off: the
   * grant waits for the identity (known after apply), the route for the grant, and public access
   * may only go once the route is written. No order exists; the plan says so, naming the rules.
   */
  @Test
  void rulesThatOrderTwoStepsBothWaysMakeAPlanErrorNamingTheStepsAndTheRules() throws Exception {
    Plan plan =
        plan(
            """
            version: 1
            stack: s
            azure: {resourceGroup: rg-test, location: westeurope}
            instances:
              twins:
                identity: {system: true}
                publicNetworkAccess: Disabled
                routes: {}
            roleAssignments:
              self-owner: {principal: instances.twins, role: Azure Digital Twins Data Owner, scope: %s}
            """
                .formatted(INSTANCE));
    assertThat(plan.hasErrors()).isFalse();

    Plan conflicting =
        plan(
            """
            version: 1
            stack: s
            azure: {resourceGroup: rg-test, location: westeurope}
            instances:
              twins:
                identity: {system: true}
                publicNetworkAccess: Disabled
                endpoints:
                  sink: {type: eventgrid, topic: /subscriptions/%s/resourceGroups/rg-test/providers/Microsoft.EventGrid/topics/t, accessKey: k}
                routes:
                  all: {endpoint: sink}
            roleAssignments:
              self-owner: {principal: instances.twins, role: Azure Digital Twins Data Owner, scope: %s}
            """
                .formatted(SUB, INSTANCE));
    List<Consequence> errors =
        conflicting.consequences().stream()
            .filter(c -> c.code() == Consequence.Code.ORDER_CONFLICT)
            .toList();
    assertThat(errors).hasSize(1);
    Consequence error = errors.get(0);
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(error.message())
        .contains("routes-before-public-access-off")
        .contains("known-after-apply")
        .contains("data-owner-before-routes")
        .contains("instances.twins (update)")
        .contains("instances.twins.routes.all (create)");
    assertThat(error.hint()).contains("report");
  }

  /** Live: the instance, made by this stack, with public access on and no identity. */
  private static Plan plan(String yaml) throws Exception {
    ReadResponse live =
        new ReadResponse(
            List.of(
                new Instance(
                    INSTANCE,
                    "westeurope",
                    Map.of("dtplan-stack", "s"),
                    new InstanceIdentity(false, List.of(), null, null, Map.of()),
                    "Enabled",
                    "twins.api.weu.digitaltwins.azure.net",
                    "Succeeded")),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new Destination(
                    "/subscriptions/"
                        + SUB
                        + "/resourceGroups/rg-test/providers/Microsoft.EventGrid/topics/t",
                    true,
                    "https://t.westeurope-1.eventgrid.azure.net/api/events",
                    null,
                    null)),
            Map.of(),
            new Caller("c", List.of()),
            List.of());
    return new Planner().plan("test", load(yaml), live, "d");
  }

  private static Spec load(String yaml) throws Exception {
    return new SpecLoader().parse("t.yaml", yaml, new SpecOptions(Map.of(), Map.of(), null, SUB));
  }
}
