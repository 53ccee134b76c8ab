package dtplan.plan.order;

import dtplan.model.DataExplorerPrincipal;
import dtplan.model.DataHistoryConnection;
import dtplan.model.RoleAssignment;

/**
 * Data history connection deletions before the deletions of their identity's roles: its event hub
 * role and its database Admin.
 */
final class DataHistoryDeletedBeforeRoles extends NamedRule {
  DataHistoryDeletedBeforeRoles() {
    super(
        "data-history-deleted-before-roles",
        "a data history connection whose identity lost its role fails until it is gone");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return !first.writes()
        && !then.writes()
        && first.resource() instanceof DataHistoryConnection c
        && (then.resource() instanceof RoleAssignment
            || then.resource() instanceof DataExplorerPrincipal)
        && facts.grantsTo(then, c.identity(), c.instanceId());
  }
}
