package dtplan.plan.order;

import dtplan.model.Instance;
import dtplan.model.UserIdentity;

/** A user-assigned identity before the instance that links it. */
final class IdentityBeforeInstance extends NamedRule {
  IdentityBeforeInstance() {
    super(
        "identity-before-instance",
        "ARM refuses to link a user-assigned identity that does not exist yet");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.writes()
        && then.writes()
        && first.resource() instanceof UserIdentity u
        && then.resource() instanceof Instance i
        && i.identity().hasUser(u.id());
  }
}
