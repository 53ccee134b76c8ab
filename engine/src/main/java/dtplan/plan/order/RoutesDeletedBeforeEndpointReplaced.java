package dtplan.plan.order;

import dtplan.model.Endpoint;
import dtplan.model.Route;
import dtplan.plan.Action;

/** The routes of a replaced endpoint are deleted before it is created again. */
final class RoutesDeletedBeforeEndpointReplaced extends NamedRule {
  RoutesDeletedBeforeEndpointReplaced() {
    super(
        "routes-deleted-before-endpoint-replaced",
        "Azure refuses to delete an endpoint that a route still names, and the new endpoint keeps"
            + " the name");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return !first.writes()
        && then.writes()
        && then.change().action() == Action.REPLACE
        && first.resource() instanceof Route r
        && then.resource() instanceof Endpoint e
        && Changes.routesTo(r, e);
  }
}
