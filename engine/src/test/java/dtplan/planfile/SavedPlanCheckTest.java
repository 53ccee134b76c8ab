package dtplan.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.plan.Plan;
import dtplan.plan.PlanFixtures;
import dtplan.plan.PlanOwnership;
import dtplan.plan.PlannedChange;
import dtplan.plan.Planner;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a plan derived again is the saved one, and when a plan leaves its stack. */
class SavedPlanCheckTest {
  static final String SPEC =
      """
      version: 1
      stack: saved
      azure: {resourceGroup: rg-test, location: westeurope}
      instances:
        twins:
          endpoints:
            telemetry:
              type: eventhub
              auth: key
              eventhub: %s
              connectionString: ${env:CONN}
          routes:
            all: {endpoint: telemetry}
      """
          .formatted(PlanFixtures.HUB);

  static Plan plan(String conn) {
    Spec spec = PlanFixtures.spec("saved.yaml", SPEC, Map.of("CONN", conn));
    ReadResponse live = PlanFixtures.emptyLive();
    return new Planner().plan("test", spec, live, "digest");
  }

  static final String CONN =
      "Endpoint=sb://ns-test.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=";

  @Test
  void theSamePlanDerivedAgainIsTheSavedOne() {
    assertThat(SavedPlanCheck.firstDifference(plan(CONN + "a"), plan(CONN + "a"))).isEmpty();
  }

  @Test
  void aSecretChangedSinceIsADifferenceThatSaysSoWithoutTheValue() {
    assertThat(SavedPlanCheck.firstDifference(plan(CONN + "a"), plan(CONN + "b")))
        .hasValueSatisfying(
            d ->
                assertThat(d)
                    .contains("dtplan-secret-telemetry")
                    .contains("a secret value changed")
                    .doesNotContain(CONN));
  }

  @Test
  void aChangeMissingOrAddedIsNamed() {
    Plan saved = plan(CONN + "a");
    List<PlannedChange> fewer = new ArrayList<>(saved.changes());
    PlannedChange dropped = fewer.remove(fewer.size() - 1);
    assertThat(SavedPlanCheck.firstDifference(withChanges(saved, fewer), saved))
        .hasValueSatisfying(d -> assertThat(d).startsWith(dropped.address().toString()));
  }

  @Test
  void aRoleAssignmentAtAScopeTheSpecDoesNotNameIsOutsideTheStack() {
    Plan base = plan(CONN + "a");
    RoleAssignment owner =
        new RoleAssignment(
            "/subscriptions/" + PlanFixtures.SUB,
            "deadbeef-0000-4000-8000-000000000bad",
            RoleDefinitions.OWNER,
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "Managed by dtplan stack saved");
    List<PlannedChange> changes = new ArrayList<>(base.changes());
    changes.add(
        new PlannedChange(
            dtplan.plan.ResourceAddress.parse("roleAssignments.smuggled"),
            owner.kind(),
            dtplan.plan.Action.CREATE,
            dtplan.plan.Reason.NOT_FOUND,
            List.of(),
            null,
            owner,
            Map.of()));
    Spec spec = PlanFixtures.spec("saved.yaml", SPEC, Map.of("CONN", CONN + "a"));
    assertThat(PlanOwnership.violations(base, spec)).isEmpty();
    assertThat(PlanOwnership.violations(withChanges(base, changes), spec))
        .singleElement()
        .asString()
        .contains("roleAssignments.smuggled")
        .contains("outside stack saved");
  }

  static Plan withChanges(Plan p, List<PlannedChange> changes) {
    return new Plan(
        p.target(),
        p.stack(),
        p.subscription(),
        p.resourceGroup(),
        p.specFile(),
        p.specDigest(),
        changes,
        p.consequences(),
        p.liveDigests());
  }
}
