package dtplan.planfile;

import dtplan.plan.Action;
import dtplan.plan.LiveDigests;
import dtplan.plan.Plan;
import dtplan.plan.PlannedChange;
import dtplan.plan.kinds.Kinds;
import dtplan.provider.ReadResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether live state still is what a plan was made from: every object the plan changes or deletes
 * must have the digest it had, and nothing the plan creates may exist already.
 */
public final class Staleness {
  private Staleness() {}

  /** One line per object that changed since the plan was made; empty when the plan is current. */
  public static List<String> changesSince(Plan plan, ReadResponse now) {
    Map<String, String> current = LiveDigests.of(now);
    List<String> stale = new ArrayList<>();
    for (PlannedChange c : plan.changes()) {
      if (c.before() != null) {
        String key = key(c.before().id());
        String then = plan.liveDigests().get(key);
        String nowDigest = current.get(key);
        if (nowDigest == null) {
          stale.add(c.address() + ": " + c.before().id() + " no longer exists");
        } else if (!nowDigest.equals(then)) {
          stale.add(c.address() + ": " + c.before().id() + " changed since the plan was made");
        }
      }
      if (c.action() == Action.CREATE && c.after() != null && !hasUnknownId(c)) {
        String key = key(c.after().id());
        if (current.containsKey(key) && !plan.liveDigests().containsKey(key)) {
          stale.add(c.address() + ": " + c.after().id() + " was created since the plan was made");
        }
      }
    }
    return stale;
  }

  private static boolean hasUnknownId(PlannedChange c) {
    return c.after() != null && !Kinds.of(c.after()).idKnown(c.after());
  }

  /** How ids compare: ARM ids are case-insensitive. */
  static String key(String id) {
    return dtplan.model.ArmId.normalize(id).toLowerCase(Locale.ROOT);
  }
}
