package dtplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.Fixtures;
import dtplan.render.TextRenderer;
import org.junit.jupiter.api.Test;

class FreshCreateTest {
  @Test
  void everythingIsCreatedInDependencyOrderWithPrincipalKnownAfterApply() {
    Plan plan =
        new Planner()
            .plan(
                "test", Fixtures.spec(Fixtures.IDENTITY_ENDPOINT_SPEC), Fixtures.emptyLive(), "d");
    assertThat(plan.changes())
        .extracting(c -> c.address().toString(), PlannedChange::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("instances.twins", Action.CREATE),
            org.assertj.core.groups.Tuple.tuple("instances.twins.roles[0]", Action.CREATE),
            org.assertj.core.groups.Tuple.tuple("instances.twins.roles[1]", Action.CREATE),
            org.assertj.core.groups.Tuple.tuple(
                "instances.twins.endpoints.telemetry", Action.CREATE),
            org.assertj.core.groups.Tuple.tuple("instances.twins.routes.all", Action.CREATE));
    assertThat(plan.changes().get(1).unknowns())
        .containsEntry("principalId", dtplan.plan.ResourceAddress.parse("instances.twins"));
    assertThat(plan.consequences()).isEmpty();
    String text = new TextRenderer(false).render(plan);
    assertThat(text).contains("principalId = (known after apply)");
    assertThat(text).contains("endpointUri        = \"sb://ns-test.servicebus.windows.net/\"");
    assertThat(text).contains("Plan: 5 to add, 0 to change, 0 to replace, 0 to destroy.");
  }
}
