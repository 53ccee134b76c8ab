package dtplan.plan.order;

import dtplan.model.ArmId;
import dtplan.model.Instance;
import dtplan.model.RoleAssignment;
import dtplan.plan.RoleSubscriptionsTag;
import java.util.Locale;

/**
 * A role assignment's deletion before the instance write that drops its subscription from the
 * {@code dtplan-role-subscriptions} tag.
 */
final class GrantDeletedBeforeSubscriptionForgotten extends NamedRule {
  GrantDeletedBeforeSubscriptionForgotten() {
    super(
        "grant-deleted-before-subscription-forgotten",
        "the tag is how the next plan finds grants in other subscriptions: forgotten first, a"
            + " failed deletion would leave the grant where no plan looks");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    if (first.writes()
        || !then.writes()
        || !(first.resource() instanceof RoleAssignment ra)
        || !(then.live() instanceof Instance before)
        || !(then.resource() instanceof Instance after)) {
      return false;
    }
    String sub = ArmId.segment(ra.scope(), "subscriptions");
    if (sub == null) {
      return false;
    }
    String key = sub.toLowerCase(Locale.ROOT);
    return RoleSubscriptionsTag.decode(before.tags()).contains(key)
        && !RoleSubscriptionsTag.decode(after.tags()).contains(key);
  }
}
