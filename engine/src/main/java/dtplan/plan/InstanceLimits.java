package dtplan.plan;

import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import dtplan.plan.kinds.Kinds;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Azure's limit of 6 endpoints, and of 6 routes, per instance. An instance is crowded with a kind
 * when creating every new one before deleting the old ones would pass the limit: only there must
 * deletions come first (the execution graph), and only there can a renamed endpoint not be created
 * before the old one goes (so its routes cannot be repointed in place: the differ).
 */
public final class InstanceLimits {
  public static final int PER_INSTANCE = 6;

  private InstanceLimits() {}

  /** The instances (by {@link #key}) crowded with endpoints or routes, as {@code kind} says. */
  public static Set<String> crowded(List<PlannedChange> changes, ResourceKind kind) {
    Map<String, Integer> byId = new HashMap<>();
    for (PlannedChange c : changes) {
      if (c.kind() != kind) {
        continue;
      }
      Resource r = c.after() != null ? c.after() : c.before();
      String instance = Kinds.of(r).instanceId(r);
      // A replacement deletes before it creates, so it never holds two at once.
      int held = (c.before() != null ? 1 : 0) + (c.action() == Action.CREATE ? 1 : 0);
      byId.merge(instance, held, Integer::sum);
    }
    // Keyed per instance, not per change: a key is a lower-case copy of the id (issue 19).
    Map<String, Integer> count = new HashMap<>();
    byId.forEach((id, n) -> count.merge(key(id), n, Integer::sum));
    Set<String> out = new HashSet<>();
    count.forEach(
        (k, n) -> {
          if (n > PER_INSTANCE) {
            out.add(k);
          }
        });
    return out;
  }

  /** How an instance id is compared here. */
  public static String key(String instanceId) {
    return LiveIndex.key(instanceId);
  }
}
