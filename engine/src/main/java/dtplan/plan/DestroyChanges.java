package dtplan.plan;

import dtplan.model.UserIdentity;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes of a destroy plan: every live resource the stack owns, deleted. Ownership is what a
 * normal plan uses to delete what the spec no longer names (the {@code dtplan-stack} tag, the role
 * assignment description marker), so destroy deletes exactly what emptying the spec would, plus the
 * user-assigned identities the stack tags, which a normal plan never deletes. Endpoints and routes
 * go with their instance; role assignments are found in every subscription the live read covered
 * (the spec's scopes and each instance's {@link RoleSubscriptionsTag}).
 */
final class DestroyChanges {
  private DestroyChanges() {}

  static List<PlannedChange> of(String stack, LiveIndex live) {
    Differ differ = new Differ(stack, live, List.of());
    List<PlannedChange> out = new ArrayList<>();
    for (PlannedChange c : differ.diff()) {
      out.add(
          new PlannedChange(
              c.address(),
              c.kind(),
              c.action(),
              Reason.STACK_DESTROYED,
              c.attributes(),
              c.before(),
              c.after(),
              c.unknowns()));
    }
    for (UserIdentity u : live.response().userIdentities()) {
      if (StackOwnership.ownedBy(u.tags(), stack)) {
        out.add(differ.deletion(Addresses.identity(u.name()), u, Reason.STACK_DESTROYED));
      }
    }
    return out;
  }
}
