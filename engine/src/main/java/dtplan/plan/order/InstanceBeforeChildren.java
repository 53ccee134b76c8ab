package dtplan.plan.order;

import dtplan.model.Instance;

/**
 * An instance's write before the writes of its endpoints, routes and the roles at its scope. Not
 * the update that disables public access (routes must be written before it), and not the update
 * that records an endpoint's new secret fingerprint (the endpoint takes the secret first).
 */
final class InstanceBeforeChildren extends NamedRule {
  InstanceBeforeChildren() {
    super(
        "instance-before-children",
        "endpoints, routes and role assignments at an instance's scope need the instance to exist"
            + " and to be in the state the spec gives it (its identity enabled)");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.writes()
        && then.writes()
        && first.resource() instanceof Instance i
        && Changes.inInstance(i.id(), then.resource())
        && !Changes.disablesPublicAccess(first.change())
        && !Changes.recordsNewSecretOf(first.change(), then.change());
  }
}
