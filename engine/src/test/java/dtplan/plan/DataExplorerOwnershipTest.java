package dtplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.AzureState;
import dtplan.fixtures.Fixtures;
import dtplan.model.DataExplorerPrincipal;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The last check before apply lets a plan delete an Azure Data Explorer Admin outside the spec's
 * databases only when dtplan named it, for an identity of the stack's own instances: a plan that
 * reaches for any other assignment writes outside the stack, however it was produced.
 */
class DataExplorerOwnershipTest {
  static final String DROPPED =
      DataHistoryRulesTest.spec("")
          .substring(0, DataHistoryRulesTest.spec("").indexOf("    dataHistory:"));
  static final String OTHER_DB =
      Fixtures.RG + "/providers/Microsoft.Kusto/clusters/adxother/databases/sales";

  static Plan dropped() {
    return DiffRuleTable.plan(DROPPED, DataHistoryRulesTest.applied());
  }

  static Plan withDeletion(Plan p, DataExplorerPrincipal assignment) {
    List<PlannedChange> changes = new ArrayList<>(p.changes());
    changes.add(
        new PlannedChange(
            ResourceAddress.parse("instances.twins.dataHistory.smuggled.roles.adx"),
            assignment.kind(),
            Action.DELETE,
            Reason.NOT_IN_SPEC,
            List.of(),
            assignment,
            null,
            Map.of()));
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

  @Test
  void theAdminDtplanMadeForTheStacksInstanceMayBeDeletedWithItsConnection() {
    Plan p = dropped();
    assertThat(p.changes())
        .anyMatch(c -> c.address().toString().equals(DataHistoryRulesTest.ADMIN));
    assertThat(PlanOwnership.violations(p, Fixtures.spec(DROPPED))).isEmpty();
  }

  @Test
  void anAdminForAnotherPrincipalIsOutsideTheStack() {
    Spec spec = Fixtures.spec(DROPPED);
    Plan p =
        withDeletion(
            dropped(),
            DataExplorerPrincipal.admin(OTHER_DB, "deadbeef-0000-4000-8000-000000000bad"));
    assertThat(PlanOwnership.violations(p, spec))
        .singleElement()
        .asString()
        .contains("smuggled")
        .contains("is outside stack");
  }

  @Test
  void anAdminOfTheStacksPrincipalThatDtplanDidNotNameIsOutsideTheStack() {
    Spec spec = Fixtures.spec(DROPPED);
    Plan p =
        withDeletion(
            dropped(),
            new DataExplorerPrincipal(
                OTHER_DB,
                AzureState.systemPrincipal("twins"),
                DataExplorerPrincipal.ADMIN,
                DataExplorerPrincipal.APP,
                "granted-by-hand"));
    assertThat(PlanOwnership.violations(p, spec)).singleElement().asString().contains("smuggled");
  }
}
