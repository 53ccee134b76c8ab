package dtplan.plan;

import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.OrderConflict;
import dtplan.provider.Caller;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Spec plus live state in, plan out. Pure: it reads nothing and writes nothing. */
public final class Planner {
  public Plan plan(String target, Spec spec, ReadResponse live, String specDigest) {
    return plan(target, spec, live, specDigest, PlanScope.FULL);
  }

  /**
   * The plan for a scope: a destroy plan ignores what the spec asks for (it needs only the stack,
   * where it lives and the scopes it grants at); targets narrow the changes after the checks.
   *
   * @throws UnknownAddressException if a target or a resource to replace names nothing
   */
  public Plan plan(
      String target, Spec spec, ReadResponse live, String specDigest, PlanScope scope) {
    LiveIndex index = new LiveIndex(live);
    List<Consequence> consequences = new ArrayList<>();
    List<PlannedChange> changes;
    if (scope.destroy()) {
      // preventDestroy holds for a destroy too: the lifecycle is read from the spec.
      changes =
          new ArrayList<>(LifecycleRules.apply(spec, DestroyChanges.of(spec, index), consequences));
    } else {
      List<Desired> desired = new DesiredStateBuilder(spec, index, consequences).build();
      List<PlannedChange> all =
          new Differ(spec.stack(), index, desired).replacing(Set.copyOf(scope.replace())).diff();
      TargetSelection.requireKnown(all, scope.replace(), "--replace");
      changes = new ArrayList<>(LifecycleRules.apply(spec, all, consequences));
    }
    changes.sort(APPLY_ORDER);
    StackOwnership.check(spec.stack(), changes, consequences);
    List<RoleAssignment> untouched = untouched(index, changes);
    Map<ResourceAddress, PlannedChange> byAddress = byAddress(changes);
    new DeliveryChecks(spec, changes, byAddress, consequences)
        .withUntouchedAssignments(untouched)
        .run(index);
    new IdentityDeletionChecks(changes, consequences).run(index, untouched);
    new DataPlaneAccessChecks(spec, changes, byAddress, consequences).run(index);
    // The checks judge the whole plan, whose facts they need; a partial plan keeps what they
    // found about the changes it keeps.
    List<PlannedChange> kept = TargetSelection.select(changes, scope.targets());
    consequences = new ArrayList<>(TargetSelection.concerning(kept, changes, consequences));
    changes = kept;
    checkOrder(changes, consequences);
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
        LiveDigests.lazy(live),
        deletedWithInstances(index, changes),
        scope);
  }

  private static List<Resource> deletedWithInstances(LiveIndex live, List<PlannedChange> changes) {
    List<Resource> out = new ArrayList<>();
    for (PlannedChange c : changes) {
      if (c.kind() == ResourceKind.INSTANCE && c.action() == Action.DELETE) {
        out.addAll(live.endpointsOf(c.before().id()));
        out.addAll(live.routesOf(c.before().id()));
        out.addAll(live.dataHistoryOf(c.before().id()));
      }
    }
    return out;
  }

  /**
   * The plan that creates the spec's stack from nothing, without reading Azure: what {@code dtplan
   * graph} draws. Nothing is read: destinations count as missing, custom roles and the caller as
   * known, so the plan's consequences mean nothing except an {@code ORDER_CONFLICT}.
   */
  public Plan creationPlan(Spec spec) {
    Map<String, String> roles = new java.util.HashMap<>();
    ReadRequests.forSpec(spec).roleNames().forEach(name -> roles.put(name, UNKNOWN_ROLE));
    ReadResponse nothing =
        new ReadResponse(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            roles,
            new Caller(UNKNOWN_CALLER, List.of()),
            List.of());
    return plan("creation", spec, nothing, "");
  }

  /**
   * A custom role's GUID and the caller's object id, unknown without Azure; no ordering rule
   * depends on either.
   */
  private static final String UNKNOWN_ROLE = "00000000-0000-0000-0000-000000000000";

  private static final String UNKNOWN_CALLER = "00000000-0000-0000-0000-0000000ca11e";

  /**
   * Two ordering rules that order two steps both ways would stop apply halfway; found here, the
   * plan is not applicable instead.
   */
  private static void checkOrder(List<PlannedChange> changes, List<Consequence> consequences) {
    try {
      ExecutionGraph.of(changes);
    } catch (OrderConflict conflict) {
      consequences.add(
          Consequence.error(
                  Consequence.Code.ORDER_CONFLICT,
                  conflict.first().address(),
                  "dtplan cannot order this plan: " + conflict.getMessage())
              .withHint(
                  "apply the plan in two steps (for example, first without the change to "
                      + conflict.then().address()
                      + "), and please report this plan"));
    }
  }

  /** Creation order by kind, then address, so plans read the same every time. */
  static final Comparator<PlannedChange> APPLY_ORDER =
      Comparator.comparing((PlannedChange c) -> c.kind().ordinal())
          .thenComparing(PlannedChange::address);

  /**
   * The plan's changes by address, the first of each: the checks look changes up by address, and
   * one index serves them all instead of one each (issue 19).
   */
  static Map<ResourceAddress, PlannedChange> byAddress(List<PlannedChange> changes) {
    Map<ResourceAddress, PlannedChange> out = new HashMap<>(2 * changes.size());
    for (PlannedChange c : changes) {
      out.putIfAbsent(c.address(), c);
    }
    return out;
  }

  /** Live role assignments no change touches: foreign grants the identity keeps. */
  private static List<RoleAssignment> untouched(LiveIndex live, List<PlannedChange> changes) {
    Set<String> touched = new HashSet<>();
    for (PlannedChange c : changes) {
      if (c.kind() == ResourceKind.ROLE_ASSIGNMENT && c.before() != null) {
        touched.add(live.keyOf(c.before()));
      }
    }
    return live.response().roleAssignments().stream()
        .filter(ra -> !touched.contains(live.keyOf(ra)))
        .toList();
  }
}
