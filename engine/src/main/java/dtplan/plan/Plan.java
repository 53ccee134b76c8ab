package dtplan.plan;

import dtplan.diag.Severity;
import java.util.List;
import java.util.Map;

/**
 * The result of planning: every change (no-ops included, so a reviewer can see what was checked),
 * consequences, and the digest of every live object read, so apply can refuse a plan that went
 * stale. {@code changes} are in apply order for creation; renderers sort destructive changes first.
 * {@code target} says where live state was read from (Azure, or which sandbox).
 */
public record Plan(
    String target,
    String stack,
    String subscription,
    String resourceGroup,
    String specFile,
    String specDigest,
    List<PlannedChange> changes,
    List<Consequence> consequences,
    Map<String, String> liveDigests) {
  public Plan {
    changes = List.copyOf(changes);
    consequences = List.copyOf(consequences);
    liveDigests = Map.copyOf(liveDigests);
  }

  public boolean hasChanges() {
    return changes.stream().anyMatch(c -> c.action() != Action.NO_OP);
  }

  /** A plan with errors must not be applied. */
  public boolean hasErrors() {
    return consequences.stream().anyMatch(c -> c.severity() == Severity.ERROR);
  }

  public long count(Action action) {
    return changes.stream().filter(c -> c.action() == action).count();
  }
}
