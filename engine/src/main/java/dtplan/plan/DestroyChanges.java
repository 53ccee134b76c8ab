package dtplan.plan;

import dtplan.model.UserIdentity;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  static List<PlannedChange> of(Spec spec, LiveIndex live) {
    String stack = spec.stack();
    Differ differ = new Differ(stack, live, List.of());
    // An identity the spec still names keeps its address; one it forgot is known by its name.
    Map<String, String> keys = new HashMap<>();
    spec.identities().values().forEach(i -> keys.put(i.name().toLowerCase(Locale.ROOT), i.key()));
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
        String key = keys.getOrDefault(u.name().toLowerCase(Locale.ROOT), u.name());
        out.add(differ.deletion(Addresses.identity(key), u, Reason.STACK_DESTROYED));
      }
    }
    return out;
  }
}
