package dtplan.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.AzureState;
import dtplan.fixtures.Fixtures;
import dtplan.model.EndpointType;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.plan.Plan;
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
          .formatted(Fixtures.HUB);

  static Plan plan(String conn) {
    Spec spec = Fixtures.spec("saved.yaml", SPEC, Map.of("CONN", conn));
    ReadResponse live = Fixtures.emptyLive();
    return new Planner().plan("test", spec, live, "digest");
  }

  static final String CONN =
      "Endpoint=sb://ns-test.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=";

  /** The plan without its consequences: the empty live state has no destination, an error. */
  static Plan withoutErrors(Plan p) {
    return with(p, p.changes(), List.of());
  }

  static SavedPlan saved(Plan plan) {
    return new SavedPlan("test", SavedTarget.embeddedSandbox(), plan);
  }

  @Test
  void theSamePlanDerivedAgainIsTheSavedOne() {
    assertThat(SavedPlanCheck.ofPlan(saved(plan(CONN + "a")), plan(CONN + "a")))
        .isInstanceOf(SavedPlanVerdict.Carry.class);
  }

  @Test
  void aSecretChangedSinceIsItsOwnVerdictThatSaysSoWithoutTheValue() {
    SavedPlanVerdict verdict = SavedPlanCheck.ofPlan(saved(plan(CONN + "a")), plan(CONN + "b"));
    assertThat(verdict).isInstanceOf(SavedPlanVerdict.SecretChanged.class);
    assertThat(verdict.stale()).isTrue();
    assertThat(String.join("\n", verdict.details()))
        .contains("dtplan-secret-telemetry")
        .contains("a secret value changed")
        .doesNotContain(CONN);
  }

  @Test
  void aChangeMissingOrAddedIsNamed() {
    Plan saved = plan(CONN + "a");
    List<PlannedChange> fewer = new ArrayList<>(saved.changes());
    PlannedChange dropped = fewer.remove(fewer.size() - 1);
    SavedPlanVerdict verdict = SavedPlanCheck.ofPlan(saved(withChanges(saved, fewer)), saved);
    assertThat(verdict).isInstanceOf(SavedPlanVerdict.Differs.class);
    assertThat(verdict.details())
        .singleElement()
        .asString()
        .startsWith(dropped.address().toString());
  }

  @Test
  void aPlanWithErrorsIsNeverCarriedOutAndThatIsNotAStalePlan() {
    Plan base = plan(CONN + "a");
    Plan errored =
        with(
            base,
            base.changes(),
            List.of(
                dtplan.plan.Consequence.error(
                    dtplan.plan.Consequence.Code.DESTINATION_NOT_FOUND,
                    "instances.twins",
                    "gone")));
    SavedPlanVerdict verdict = SavedPlanCheck.ofFile(saved(errored), "plan.json");
    assertThat(verdict).isInstanceOf(SavedPlanVerdict.HasErrors.class);
    assertThat(verdict.stale()).isFalse();
    assertThat(verdict.message()).startsWith("plan.json: this plan has errors");
  }

  @Test
  void anEditedFileIsRefusedBeforeItsSpecIsLookedAt() {
    SavedPlan edited =
        new SavedPlan(
            "test",
            SavedTarget.embeddedSandbox(),
            withoutErrors(plan(CONN + "a")),
            java.util.Optional.of("`resource_changes[0].id` differs"));
    SavedPlanVerdict verdict = SavedPlanCheck.ofFile(edited, "plan.json");
    assertThat(verdict).isInstanceOf(SavedPlanVerdict.Edited.class);
    assertThat(verdict.details()).containsExactly("`resource_changes[0].id` differs");
  }

  @Test
  void aSpecThatIsNotTheOneThePlanWasMadeFromMakesItStale() {
    // The plan names saved.yaml, which does not exist where the test runs.
    SavedPlanVerdict verdict =
        SavedPlanCheck.ofFile(saved(withoutErrors(plan(CONN + "a"))), "plan.json");
    assertThat(verdict).isInstanceOf(SavedPlanVerdict.SpecChanged.class);
    assertThat(verdict.stale()).isTrue();
    assertThat(verdict.details()).singleElement().asString().contains("saved.yaml");
  }

  @Test
  void anotherTargetIsAMismatchAndNotAStalePlan() {
    SavedPlan saved = saved(plan(CONN + "a"));
    assertThat(SavedPlanCheck.ofTarget(saved, "test")).isInstanceOf(SavedPlanVerdict.Carry.class);
    SavedPlanVerdict verdict = SavedPlanCheck.ofTarget(saved, "sandbox at http://127.0.0.1:1/");
    assertThat(verdict)
        .isEqualTo(new SavedPlanVerdict.TargetMismatch("test", "sandbox at http://127.0.0.1:1/"));
    assertThat(verdict.stale()).isFalse();
  }

  @Test
  void liveStateThatChangedSinceMakesItStaleWithOneReasonPerObject() {
    SavedPlan saved = saved(plan(CONN + "a"));
    assertThat(SavedPlanCheck.ofLive(saved, Fixtures.emptyLive()))
        .isInstanceOf(SavedPlanVerdict.Carry.class);
    ReadResponse created =
        AzureState.of("saved", Fixtures.destinations())
            .instance("twins", Map.of(), false)
            .keyEndpoint("twins", "telemetry", EndpointType.EVENT_HUB, CONN + "a")
            .route("twins", "all", "telemetry")
            .read();
    SavedPlanVerdict verdict = SavedPlanCheck.ofLive(saved, created);
    assertThat(verdict).isInstanceOf(SavedPlanVerdict.Stale.class);
    assertThat(verdict.details())
        .isNotEmpty()
        .allMatch(d -> d.contains("was created since the plan was made"));
  }

  @Test
  void aRoleAssignmentAtAScopeTheSpecDoesNotNameIsOutsideTheStack() {
    Plan base = plan(CONN + "a");
    RoleAssignment owner =
        new RoleAssignment(
            "/subscriptions/" + Fixtures.SUB,
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
    Spec spec = Fixtures.spec("saved.yaml", SPEC, Map.of("CONN", CONN + "a"));
    assertThat(PlanOwnership.violations(base, spec)).isEmpty();
    assertThat(PlanOwnership.violations(withChanges(base, changes), spec))
        .singleElement()
        .asString()
        .contains("roleAssignments.smuggled")
        .contains("outside stack saved");
  }

  static Plan withChanges(Plan p, List<PlannedChange> changes) {
    return with(p, changes, p.consequences());
  }

  static Plan with(
      Plan p, List<PlannedChange> changes, List<dtplan.plan.Consequence> consequences) {
    return new Plan(
        p.target(),
        p.stack(),
        p.subscription(),
        p.resourceGroup(),
        p.specFile(),
        p.specDigest(),
        changes,
        consequences,
        p.liveDigests());
  }
}
