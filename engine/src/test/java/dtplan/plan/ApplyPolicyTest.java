package dtplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.Fixtures;
import dtplan.model.Instance;
import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import dtplan.model.UserIdentity;
import dtplan.plan.ApplyVerdict.Gate;
import dtplan.spec.Spec;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The gates before apply writes anything: which one stops a plan, and what it names. */
class ApplyPolicyTest {
  private static final Spec SPEC =
      Fixtures.spec(
          """
          version: 1
          stack: test
          azure: {resourceGroup: rg-test, location: westeurope}
          instances:
            twins: {}
          """);
  private static final String OTHER_RG =
      "/subscriptions/" + Fixtures.SUB + "/resourceGroups/rg-other";

  record Case(
      String reason,
      List<PlannedChange> changes,
      boolean withError,
      boolean allowInstanceDeletion,
      Gate gate,
      List<String> details) {
    @Override
    public String toString() {
      return reason;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "an error stops a plan before anything else is looked at",
            List.of(instance("twins", Action.DELETE, Fixtures.RG)),
            true,
            false,
            Gate.PLAN_HAS_ERRORS,
            List.of()),
        new Case(
            "only no-ops: nothing to do",
            List.of(instance("twins", Action.NO_OP, Fixtures.RG)),
            false,
            false,
            Gate.NO_CHANGES,
            List.of()),
        new Case(
            "deleting an instance needs permission, and names it",
            List.of(
                instance("twins", Action.NO_OP, Fixtures.RG),
                instance("old", Action.DELETE, Fixtures.RG)),
            false,
            false,
            Gate.DELETES_INSTANCES,
            List.of("instances.old")),
        new Case(
            "replacing an instance destroys its data too",
            List.of(instance("twins", Action.REPLACE, Fixtures.RG)),
            false,
            false,
            Gate.DELETES_INSTANCES,
            List.of("instances.twins")),
        new Case(
            "with permission an instance may go",
            List.of(instance("old", Action.DELETE, Fixtures.RG)),
            false,
            true,
            Gate.PROCEED,
            List.of()),
        new Case(
            "an instance updated in place holds no danger",
            List.of(instance("twins", Action.UPDATE, Fixtures.RG)),
            false,
            false,
            Gate.PROCEED,
            List.of()),
        new Case(
            "deleting anything else is not gated",
            List.of(identity("ingest", Action.DELETE, Fixtures.RG)),
            false,
            false,
            Gate.PROCEED,
            List.of()),
        new Case(
            "a change outside the resource group is refused, however it came about",
            List.of(identity("ingest", Action.CREATE, OTHER_RG)),
            false,
            false,
            Gate.WRITES_OUTSIDE_STACK,
            List.of(
                "identities.ingest: "
                    + OTHER_RG
                    + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ingest"
                    + " is outside stack test")),
        new Case(
            "permission to delete instances is no permission to leave the stack",
            List.of(instance("old", Action.DELETE, OTHER_RG)),
            false,
            true,
            Gate.WRITES_OUTSIDE_STACK,
            List.of(
                "instances.old: "
                    + OTHER_RG
                    + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/old"
                    + " is outside stack test")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decides(Case c) {
    ApplyVerdict verdict = new ApplyPolicy(c.allowInstanceDeletion()).verdict(plan(c), SPEC);
    assertThat(verdict.gate()).as(c.reason()).isEqualTo(c.gate());
    assertThat(verdict.details()).as(c.reason()).isEqualTo(c.details());
    assertThat(verdict.proceeds()).isEqualTo(c.gate() == Gate.PROCEED);
    assertThat(verdict.refused())
        .isEqualTo(c.gate() != Gate.PROCEED && c.gate() != Gate.NO_CHANGES);
  }

  private static Plan plan(Case c) {
    return new Plan(
        "test",
        "test",
        Fixtures.SUB,
        "rg-test",
        "test.yaml",
        "digest",
        c.changes(),
        c.withError()
            ? List.of(Consequence.error(Consequence.Code.IDENTITY_DISABLED, "instances.twins", "e"))
            : List.of(),
        Map.of());
  }

  private static PlannedChange instance(String name, Action action, String group) {
    Instance i =
        new Instance(
            group + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/" + name,
            "westeurope",
            Map.of(),
            null,
            null,
            null,
            null);
    return change("instances." + name, ResourceKind.INSTANCE, action, i);
  }

  private static PlannedChange identity(String name, Action action, String group) {
    UserIdentity u =
        new UserIdentity(
            group + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/" + name,
            "westeurope",
            Map.of(),
            null,
            null);
    return change("identities." + name, ResourceKind.USER_IDENTITY, action, u);
  }

  private static PlannedChange change(
      String address, ResourceKind kind, Action action, Resource resource) {
    return new PlannedChange(
        ResourceAddress.parse(address),
        kind,
        action,
        Reason.NONE,
        List.of(),
        action == Action.CREATE ? null : resource,
        action == Action.DELETE ? null : resource,
        Map.of());
  }
}
