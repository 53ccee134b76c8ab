package dtplan.plan;

import dtplan.diag.Severity;
import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import dtplan.plan.kinds.Kinds;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The result of planning: every change (no-ops included, so a reviewer can see what was checked),
 * consequences, and the digest of every live object read, so apply can refuse a plan that went
 * stale. {@code changes} are in apply order for creation; renderers sort destructive changes first.
 * {@code target} says where live state was read from (Azure, or which sandbox). {@code
 * deletedWithInstances} are the live endpoints, routes and data history connections of the
 * instances the plan deletes: Azure deletes them with their instance, so they have no changes of
 * their own, yet a reviewer must see what stops delivering. {@code scope} says whether it is a
 * destroy plan, a partial (targeted) one, or one that replaces resources on request.
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
    Map<String, String> liveDigests,
    List<Resource> deletedWithInstances,
    PlanScope scope) {
  public Plan {
    changes = List.copyOf(changes);
    consequences = List.copyOf(consequences);
    liveDigests = LiveDigests.copyOf(liveDigests);
    deletedWithInstances = List.copyOf(deletedWithInstances);
    scope = scope == null ? PlanScope.FULL : scope;
  }

  public Plan(
      String target,
      String stack,
      String subscription,
      String resourceGroup,
      String specFile,
      String specDigest,
      List<PlannedChange> changes,
      List<Consequence> consequences,
      Map<String, String> liveDigests,
      List<Resource> deletedWithInstances) {
    this(
        target,
        stack,
        subscription,
        resourceGroup,
        specFile,
        specDigest,
        changes,
        consequences,
        liveDigests,
        deletedWithInstances,
        PlanScope.FULL);
  }

  public Plan(
      String target,
      String stack,
      String subscription,
      String resourceGroup,
      String specFile,
      String specDigest,
      List<PlannedChange> changes,
      List<Consequence> consequences,
      Map<String, String> liveDigests) {
    this(
        target,
        stack,
        subscription,
        resourceGroup,
        specFile,
        specDigest,
        changes,
        consequences,
        liveDigests,
        List.of());
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

  /**
   * The live endpoints, then routes, that go with an instance this plan deletes, each in name
   * order; empty for any other change.
   */
  public List<Resource> deletedWith(PlannedChange c) {
    if (c.kind() != ResourceKind.INSTANCE || c.action() != Action.DELETE) {
      return List.of();
    }
    String instance = LiveIndex.key(c.before().id());
    return deletedWithInstances.stream()
        .filter(r -> LiveIndex.key(instanceIdOf(r)).equals(instance))
        .sorted(
            Comparator.comparing((Resource r) -> r.kind().ordinal()).thenComparing(Plan::nameOf))
        .toList();
  }

  private static <R extends Resource> String instanceIdOf(R r) {
    return Kinds.of(r).instanceId(r);
  }

  /** An endpoint's or route's name: the last segment of its id. */
  public static String nameOf(Resource r) {
    return dtplan.model.ArmId.lastSegment(r.id());
  }

  /** The counts of the summary line, as a user reads them (see {@link Summary}). */
  public Summary summary() {
    return Summary.of(this);
  }
}
