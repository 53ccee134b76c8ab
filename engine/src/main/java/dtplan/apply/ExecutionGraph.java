package dtplan.apply;

import dtplan.model.ArmId;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.model.Route;
import dtplan.model.UserIdentity;
import dtplan.plan.Action;
import dtplan.plan.InstanceLimits;
import dtplan.plan.Plan;
import dtplan.plan.PlannedChange;
import dtplan.plan.RoleSubscriptionsTag;
import dtplan.plan.SecretTags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * The steps of a plan and what must finish before each starts. Creation runs identities and
 * instances → role assignments → endpoints → routes; deletion runs the other way; a replaced
 * endpoint's routes are deleted before it and created after it, and what the new endpoint needs
 * (its identity, its roles) is done before the first of them goes.
 */
public final class ExecutionGraph {
  private final DirectedAcyclicGraph<Step, DefaultEdge> graph =
      new DirectedAcyclicGraph<>(DefaultEdge.class);
  private final List<Step> steps = new ArrayList<>();
  private Set<String> crowdedWithEndpoints = Set.of();
  private Set<String> crowdedWithRoutes = Set.of();

  private ExecutionGraph() {}

  public static ExecutionGraph of(Plan plan) {
    ExecutionGraph g = new ExecutionGraph();
    for (PlannedChange c : plan.changes()) {
      switch (c.action()) {
        case CREATE -> g.add(new Step(c, Operation.CREATE));
        case UPDATE -> g.add(new Step(c, Operation.UPDATE));
        case DELETE -> g.add(new Step(c, Operation.DELETE));
        case REPLACE -> {
          Step delete = g.add(new Step(c, Operation.DELETE));
          Step create = g.add(new Step(c, Operation.CREATE));
          g.edge(delete, create);
        }
        case NO_OP -> {}
      }
    }
    g.link(plan);
    g.readyBeforeRoutesGo();
    return g;
  }

  public List<Step> steps() {
    return List.copyOf(steps);
  }

  public List<Step> prerequisites(Step step) {
    return graph.incomingEdgesOf(step).stream()
        .map(graph::getEdgeSource)
        .sorted(Comparator.comparing(Step::id))
        .toList();
  }

  public List<Step> dependents(Step step) {
    return graph.outgoingEdgesOf(step).stream()
        .map(graph::getEdgeTarget)
        .sorted(Comparator.comparing(Step::id))
        .toList();
  }

  /** A deterministic order that respects every edge: ties broken by plan order. */
  public List<Step> topologicalOrder() {
    Map<Step, Integer> position = new HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      position.put(steps.get(i), i);
    }
    List<Step> out = new ArrayList<>();
    new org.jgrapht.traverse.TopologicalOrderIterator<>(
            graph, Comparator.comparingInt(position::get))
        .forEachRemaining(out::add);
    return out;
  }

  /**
   * Whether {@code first} must finish before {@code then} may start, directly or through others.
   */
  public boolean precedes(Step first, Step then) {
    return ancestors(then).contains(first);
  }

  /** Every step that must finish before this one may start, directly or through others. */
  public Set<Step> ancestors(Step step) {
    return graph.containsVertex(step) ? graph.getAncestors(step) : Set.of();
  }

  private Step add(Step step) {
    graph.addVertex(step);
    steps.add(step);
    return step;
  }

  private void edge(Step before, Step after) {
    try {
      graph.addEdge(before, after);
    } catch (IllegalArgumentException cycle) {
      throw new IllegalStateException(
          "dtplan ordered "
              + before.id()
              + " before "
              + after.id()
              + " and the reverse; please report this plan",
          cycle);
    }
  }

  /**
   * Every ordering rule relates two steps of the same instance, or two steps of the same principal
   * (an identity, its role assignments, the endpoints that use it). So only pairs within such a
   * group are tested: linear in the number of instances, not quadratic in the plan.
   */
  private void link(Plan plan) {
    crowdedWithEndpoints = InstanceLimits.crowded(plan.changes(), ResourceKind.ENDPOINT);
    crowdedWithRoutes = InstanceLimits.crowded(plan.changes(), ResourceKind.ROUTE);
    Map<String, String> principalKeys = principalKeys(plan);
    Map<String, List<Step>> groups = new LinkedHashMap<>();
    for (Step s : steps) {
      for (String group : groupsOf(s, principalKeys)) {
        groups.computeIfAbsent(group, k -> new ArrayList<>()).add(s);
      }
    }
    for (List<Step> group : groups.values()) {
      for (Step a : group) {
        for (Step b : group) {
          if (a != b && mustPrecede(a, b)) {
            edge(a, b);
          }
        }
      }
    }
  }

  /**
   * Which principal group each principal id and each identity-providing address belongs to: {@code
   * sys:<instance id>} for a system identity, {@code uai:<identity id>} for a user one.
   */
  private static Map<String, String> principalKeys(Plan plan) {
    Map<String, String> keys = new HashMap<>();
    for (PlannedChange c : plan.changes()) {
      for (Resource r : new Resource[] {c.before(), c.after()}) {
        if (r instanceof Instance i) {
          keys.put(c.address(), systemKey(i.id()));
          if (i.identity().principalId() != null) {
            keys.put(i.identity().principalId().toLowerCase(Locale.ROOT), systemKey(i.id()));
          }
          i.identity()
              .userPrincipalIds()
              .forEach((uai, p) -> keys.put(p.toLowerCase(Locale.ROOT), userKey(uai)));
        } else if (r instanceof UserIdentity u) {
          keys.put(c.address(), userKey(u.id()));
          if (u.principalId() != null) {
            keys.put(u.principalId().toLowerCase(Locale.ROOT), userKey(u.id()));
          }
        }
      }
    }
    return keys;
  }

  private static List<String> groupsOf(Step step, Map<String, String> principalKeys) {
    Resource r =
        step.operation() == Operation.DELETE ? step.change().before() : step.change().after();
    List<String> groups = new ArrayList<>();
    if (r instanceof Instance i) {
      groups.add(instanceKey(i.id()));
      groups.add(systemKey(i.id()));
      i.identity().userAssigned().forEach(u -> groups.add(userKey(u)));
    } else if (r instanceof UserIdentity u) {
      groups.add(userKey(u.id()));
    } else if (r instanceof Endpoint e) {
      groups.add(instanceKey(e.instanceId()));
      if (e.identity() != null) {
        groups.add(
            e.identity().isSystem()
                ? systemKey(e.instanceId())
                : userKey(e.identity().userAssignedIdentity()));
      }
    } else if (r instanceof Route route) {
      groups.add(instanceKey(route.instanceId()));
    } else if (r instanceof RoleAssignment ra) {
      String source = step.change().unknowns().get("principalId");
      String key =
          source != null
              ? principalKeys.get(source)
              : ra.principalId() == null
                  ? null
                  : principalKeys.get(ra.principalId().toLowerCase(Locale.ROOT));
      if (key != null) {
        groups.add(key);
      }
      String instance = instanceOfScope(ra.scope());
      if (instance != null) {
        groups.add(instanceKey(instance));
      }
    }
    return groups;
  }

  /** The instance a scope lies in (a data-plane role on it), or null. */
  private static String instanceOfScope(String scope) {
    String name = ArmId.segment(scope, "digitalTwinsInstances");
    if (name == null) {
      return null;
    }
    String n = ArmId.normalize(scope);
    int at = n.toLowerCase(Locale.ROOT).indexOf("/digitaltwinsinstances/") + 23;
    return n.substring(0, at + name.length());
  }

  private static String instanceKey(String id) {
    return "instance:" + ArmId.normalize(id).toLowerCase(Locale.ROOT);
  }

  private static String systemKey(String instanceId) {
    return "sys:" + ArmId.normalize(instanceId).toLowerCase(Locale.ROOT);
  }

  private static String userKey(String identityId) {
    return "uai:" + ArmId.normalize(identityId).toLowerCase(Locale.ROOT);
  }

  /** The ordering rules, each one line; a step pair matches at most a few. */
  private boolean mustPrecede(Step a, Step b) {
    boolean aCreates = a.operation() != Operation.DELETE;
    boolean bCreates = b.operation() != Operation.DELETE;
    if (aCreates && bCreates) {
      return createsBefore(a.change(), b.change());
    }
    if (!aCreates && !bCreates) {
      return deletesBefore(a.change(), b.change());
    }
    if (!aCreates) {
      return deleteBeforeWrite(a.change(), b);
    }
    return writeBeforeDelete(a, b.change());
  }

  /** Creation order: what a resource refers to exists before it. */
  private static boolean createsBefore(PlannedChange first, PlannedChange then) {
    Object x = first.after();
    Object y = then.after();
    if (disablesPublicAccess(then) && sameInstance(((Instance) y).id(), x)) {
      // Route writes need the data plane, which stops answering public networks after this.
      return x instanceof Route;
    }
    if (disablesPublicAccess(first) && sameInstance(((Instance) x).id(), y)) {
      return false;
    }
    if (x instanceof RoleAssignment ra && y instanceof Route r) {
      return grantsDataPlaneWrite(ra, r.instanceId());
    }
    // A rotated secret's fingerprint tag may only describe what Azure holds: the instance records
    // it after the endpoint took it, so a failed endpoint write leaves the old fingerprint behind
    // and the next plan proposes the rotation again.
    if (x instanceof Endpoint e && y instanceof Instance && recordsNewSecretOf(then, e, first)) {
      return true;
    }
    if (x instanceof Instance && y instanceof Endpoint e && recordsNewSecretOf(first, e, then)) {
      return false;
    }
    if (x instanceof dtplan.model.UserIdentity u && y instanceof Instance i) {
      return i.identity().hasUser(u.id());
    }
    if (then.unknowns().containsValue(first.address())) {
      return true;
    }
    if (x instanceof Instance i) {
      return sameInstance(i.id(), y);
    }
    if (x instanceof dtplan.model.UserIdentity u && y instanceof Endpoint e) {
      return e.identity() != null && ArmId.same(u.id(), e.identity().userAssignedIdentity());
    }
    if (x instanceof RoleAssignment ra && y instanceof Endpoint e) {
      // An identity-based endpoint delivers nothing until its identity holds its roles.
      return e.auth() == dtplan.model.AuthType.IDENTITY
          && !RoleDefinitions.readsDigitalTwinsData(ra.roleDefinitionId());
    }
    if (x instanceof Endpoint e && y instanceof Route r) {
      return ArmId.same(e.instanceId(), r.instanceId())
          && e.name().equalsIgnoreCase(r.endpointName());
    }
    return false;
  }

  /** Deletion order: nothing is deleted while something still refers to it. */
  private static boolean deletesBefore(PlannedChange first, PlannedChange then) {
    Object x = first.before();
    Object y = then.before();
    if (x instanceof Route r && y instanceof Endpoint e) {
      return ArmId.same(e.instanceId(), r.instanceId());
    }
    if (x instanceof Endpoint && y instanceof RoleAssignment) {
      return true;
    }
    if (x instanceof Route r && y instanceof RoleAssignment ra) {
      return grantsDataPlaneWrite(ra, r.instanceId());
    }
    // A role assignment at an instance's scope is not ordered before the instance's deletion: it
    // is deleted by id whether or not its scope still exists, and routes of a replacement
    // instance may still need it (the route-before-grant-deletion rule).
    if (y instanceof Instance i && (x instanceof Route || x instanceof Endpoint)) {
      return sameInstance(i.id(), x);
    }
    return false;
  }

  /**
   * Something deleted before something written: routes before the endpoint they used is replaced,
   * endpoints before the instance identity they used changes, and, per instance, deletions of a
   * kind before creations of that kind (Azure allows at most 6 endpoints and 6 routes).
   */
  private boolean deleteBeforeWrite(PlannedChange deleted, Step written) {
    Object gone = deleted.before();
    Object next = written.change().after();
    if (gone instanceof Route r && next instanceof Endpoint e) {
      return ArmId.same(e.instanceId(), r.instanceId())
          && e.name().equalsIgnoreCase(r.endpointName())
          && written.change().action() == Action.REPLACE;
    }
    if (gone instanceof Endpoint e
        && next instanceof Instance i
        && written.operation() == Operation.UPDATE
        && written.change().before() instanceof Instance was) {
      return ArmId.same(e.instanceId(), i.id()) && losesIdentityOf(e, was, i);
    }
    if (gone instanceof RoleAssignment ra
        && written.change().before() instanceof Instance before
        && next instanceof Instance after) {
      // The instance forgets where its grants are only once the grant there is gone.
      String sub = ArmId.segment(ra.scope(), "subscriptions");
      return sub != null
          && RoleSubscriptionsTag.decode(before.tags()).contains(sub.toLowerCase(Locale.ROOT))
          && !RoleSubscriptionsTag.decode(after.tags()).contains(sub.toLowerCase(Locale.ROOT));
    }
    if (gone instanceof Route r && disablesPublicAccess(written.change())) {
      return ArmId.same(r.instanceId(), ((Instance) next).id());
    }
    if (gone instanceof Endpoint e && next instanceof Endpoint n) {
      return ArmId.same(e.instanceId(), n.instanceId())
          && crowdedWithEndpoints.contains(InstanceLimits.key(e.instanceId()));
    }
    if (gone instanceof Route r && next instanceof Route n) {
      return ArmId.same(r.instanceId(), n.instanceId())
          && crowdedWithRoutes.contains(InstanceLimits.key(r.instanceId()));
    }
    return false;
  }

  /**
   * The window rule: while a replaced endpoint's routes are deleted, events they select are lost,
   * so nothing the new endpoint waits for may run inside that window. Every identity, instance or
   * role assignment write its creation waits for (the identity enabled or linked, its roles granted
   * and past PrincipalNotFound) finishes before the first of its routes is deleted. Then the routes
   * go, the endpoint is deleted and created, and the routes come back, each as soon as it can.
   *
   * <p>Run after the pairwise rules, because it reads their transitive result. One exception, which
   * no order can avoid: a write that itself waits for the route deletion (an instance update that
   * takes away the identity the old endpoint uses, and the roles of the identity it gives) stays in
   * the window.
   */
  private void readyBeforeRoutesGo() {
    Map<String, List<Step>> routeDeletes = new HashMap<>();
    for (Step s : steps) {
      if (s.operation() == Operation.DELETE
          && s.change().action() == Action.REPLACE
          && s.change().before() instanceof Route r) {
        routeDeletes
            .computeIfAbsent(endpointKey(r.instanceId(), r.endpointName()), k -> new ArrayList<>())
            .add(s);
      }
    }
    for (Step create : steps) {
      if (!(create.change().before() instanceof Endpoint old)
          || create.operation() != Operation.CREATE) {
        continue;
      }
      List<Step> gone =
          routeDeletes.getOrDefault(endpointKey(old.instanceId(), old.name()), List.of());
      for (Step need : gone.isEmpty() ? Set.<Step>of() : graph.getAncestors(create)) {
        for (Step routeDelete : gone) {
          if (preparesIdentity(need) && !graph.getDescendants(routeDelete).contains(need)) {
            edge(need, routeDelete);
          }
        }
      }
    }
  }

  private static String endpointKey(String instanceId, String endpointName) {
    return instanceKey(instanceId) + "/" + endpointName.toLowerCase(Locale.ROOT);
  }

  /** A write that gives an endpoint its identity or that identity its access. */
  private static boolean preparesIdentity(Step s) {
    return s.operation() != Operation.DELETE
        && (isKind(s, ResourceKind.USER_IDENTITY)
            || isKind(s, ResourceKind.INSTANCE)
            || isKind(s, ResourceKind.ROLE_ASSIGNMENT));
  }

  /** Whether the update takes away the identity an identity-based endpoint authenticates with. */
  private static boolean losesIdentityOf(Endpoint e, Instance before, Instance after) {
    if (e.identity() == null) {
      return false;
    }
    return e.identity().isSystem()
        ? before.identity().system() && !after.identity().system()
        : before.identity().hasUser(e.identity().userAssignedIdentity())
            && !after.identity().hasUser(e.identity().userAssignedIdentity());
  }

  /** Something written before something deleted: a route retargeted away from an endpoint first. */
  private static boolean writeBeforeDelete(Step written, PlannedChange deleted) {
    Object next = written.change().after();
    Object gone = deleted.before();
    if (next instanceof RoleAssignment ra && gone instanceof Route r) {
      return grantsDataPlaneWrite(ra, r.instanceId());
    }
    if (next instanceof Route r && gone instanceof RoleAssignment ra) {
      return grantsDataPlaneWrite(ra, r.instanceId());
    }
    // Only an in-place retarget: a replaced route is deleted before and created after instead.
    if (next instanceof Route r
        && gone instanceof Endpoint e
        && written.operation() == Operation.UPDATE
        && written.change().before() instanceof Route old) {
      return ArmId.same(e.instanceId(), r.instanceId())
          && e.name().equalsIgnoreCase(old.endpointName())
          && !r.endpointName().equalsIgnoreCase(old.endpointName());
    }
    return false;
  }

  /** A role that lets the caller (or anyone) write event routes on that instance. */
  private static boolean grantsDataPlaneWrite(RoleAssignment ra, String instanceId) {
    return RoleDefinitions.writesDigitalTwinsData(ra.roleDefinitionId()) && ra.covers(instanceId);
  }

  /** An instance update that changes the secret fingerprint of an endpoint updated in place. */
  private static boolean recordsNewSecretOf(
      PlannedChange instance, Endpoint endpoint, PlannedChange endpointChange) {
    if (instance.action() != Action.UPDATE
        || endpointChange.action() != Action.UPDATE
        || !(instance.before() instanceof Instance before)
        || !(instance.after() instanceof Instance after)
        || !ArmId.same(before.id(), endpoint.instanceId())) {
      return false;
    }
    String tag = SecretTags.tagName(endpoint.name());
    return !java.util.Objects.equals(before.tags().get(tag), after.tags().get(tag));
  }

  /** An instance update that turns public network access off. */
  private static boolean disablesPublicAccess(PlannedChange c) {
    return c.action() == Action.UPDATE
        && c.after() instanceof Instance after
        && c.before() instanceof Instance before
        && "Disabled".equalsIgnoreCase(after.publicNetworkAccess())
        && !"Disabled".equalsIgnoreCase(before.publicNetworkAccess());
  }

  private static boolean sameInstance(String instanceId, Object child) {
    if (child instanceof RoleAssignment ra) {
      return ArmId.isAtOrBelow(ra.scope(), instanceId);
    }
    if (child instanceof Endpoint e) {
      return ArmId.same(instanceId, e.instanceId());
    }
    if (child instanceof Route r) {
      return ArmId.same(instanceId, r.instanceId());
    }
    return false;
  }

  static boolean isKind(Step s, ResourceKind kind) {
    return s.change().kind() == kind;
  }
}
