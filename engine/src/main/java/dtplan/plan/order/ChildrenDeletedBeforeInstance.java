package dtplan.plan.order;

import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.Route;

/**
 * An instance's route and endpoint deletions before its own. Not its role assignments: they are
 * deleted by id whether or not their scope still exists, and the routes of a replacement instance
 * may still need them ({@code routes-before-data-owner-revoked}).
 */
final class ChildrenDeletedBeforeInstance extends NamedRule {
  ChildrenDeletedBeforeInstance() {
    super(
        "children-deleted-before-instance",
        "each deletion is reported on its own: a failed instance deletion leaves its endpoints and"
            + " routes listed, not silently gone");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return !first.writes()
        && !then.writes()
        && (first.resource() instanceof Route || first.resource() instanceof Endpoint)
        && then.resource() instanceof Instance i
        && Changes.inInstance(i.id(), first.resource());
  }
}
