package dtplan.plan;

import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Spec plus live state in, plan out. Pure: it reads nothing and writes nothing. */
public final class Planner {
  public Plan plan(String target, Spec spec, ReadResponse live, String specDigest) {
    LiveIndex index = new LiveIndex(live);
    List<Consequence> consequences = new ArrayList<>();
    List<Desired> desired = new DesiredStateBuilder(spec, index, consequences).build();
    List<PlannedChange> changes = new ArrayList<>(new Differ(spec.stack(), index, desired).diff());
    changes.sort(APPLY_ORDER);
    StackOwnership.check(spec.stack(), changes, consequences);
    new DeliveryChecks(spec, changes, consequences)
        .withUntouchedAssignments(untouched(live, changes))
        .run(index);
    new DataPlaneAccessChecks(spec, changes, consequences).run(index);
    consequences.sort(
        Comparator.comparing(Consequence::address).thenComparing(c -> c.code().name()));
    return new Plan(
        target,
        spec.stack(),
        spec.subscription(),
        spec.resourceGroup(),
        spec.file(),
        specDigest,
        changes,
        consequences,
        LiveDigests.of(live),
        deletedWithInstances(index, changes));
  }

  private static List<Resource> deletedWithInstances(LiveIndex live, List<PlannedChange> changes) {
    List<Resource> out = new ArrayList<>();
    for (PlannedChange c : changes) {
      if (c.kind() == ResourceKind.INSTANCE && c.action() == Action.DELETE) {
        out.addAll(live.endpointsOf(c.before().id()));
        out.addAll(live.routesOf(c.before().id()));
      }
    }
    return out;
  }

  /** Creation order by kind, then address, so plans read the same every time. */
  static final Comparator<PlannedChange> APPLY_ORDER =
      Comparator.comparing((PlannedChange c) -> c.kind().ordinal())
          .thenComparing(PlannedChange::address);

  /** Live role assignments no change touches: foreign grants the identity keeps. */
  private static List<RoleAssignment> untouched(ReadResponse live, List<PlannedChange> changes) {
    Set<String> touched = new HashSet<>();
    for (PlannedChange c : changes) {
      if (c.kind() == ResourceKind.ROLE_ASSIGNMENT && c.before() != null) {
        touched.add(LiveIndex.key(c.before().id()));
      }
    }
    return live.roleAssignments().stream()
        .filter(ra -> !touched.contains(LiveIndex.key(ra.id())))
        .toList();
  }
}
