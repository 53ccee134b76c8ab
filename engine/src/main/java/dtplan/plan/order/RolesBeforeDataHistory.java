package dtplan.plan.order;

import dtplan.model.DataExplorerPrincipal;
import dtplan.model.DataHistoryConnection;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;

/**
 * The role assignments and Azure Data Explorer principal assignments of a data history connection's
 * identity before the connection: {@code az dt data-history connection create adx} grants them
 * before it creates the connection (azext_iot/digitaltwins/providers/connection/builders.py).
 */
final class RolesBeforeDataHistory extends NamedRule {
  RolesBeforeDataHistory() {
    super(
        "roles-before-data-history",
        "a data history connection whose identity cannot read its event hub records nothing");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.writes()
        && then.writes()
        && (first.resource() instanceof DataExplorerPrincipal
            || first.resource() instanceof RoleAssignment ra
                && !RoleDefinitions.readsDigitalTwinsData(ra.roleDefinitionId()))
        && then.resource() instanceof DataHistoryConnection c
        && facts.grantsTo(first, c.identity(), c.instanceId());
  }
}
