package dtplan.apply;

import dtplan.model.ArmId;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.model.Route;
import dtplan.plan.Action;
import dtplan.plan.Plan;
import dtplan.plan.PlannedChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * The steps of a plan and what must finish before each starts. Creation runs identities and
 * instances → role assignments → endpoints → routes; deletion runs the other way; a replaced
 * endpoint's routes are deleted before it and created after it.
 */
public final class ExecutionGraph {
  private final DirectedAcyclicGraph<Step, DefaultEdge> graph =
      new DirectedAcyclicGraph<>(DefaultEdge.class);
  private final List<Step> steps = new ArrayList<>();

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
    g.link();
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
    List<Step> out = new ArrayList<>();
    new org.jgrapht.traverse.TopologicalOrderIterator<>(
            graph, Comparator.comparingInt(steps::indexOf))
        .forEachRemaining(out::add);
    return out;
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

  private void link() {
    for (Step a : steps) {
      for (Step b : steps) {
        if (a != b && mustPrecede(a, b)) {
          edge(a, b);
        }
      }
    }
  }

  /** The ordering rules, each one line; a step pair matches at most a few. */
  private static boolean mustPrecede(Step a, Step b) {
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
    if (x instanceof RoleAssignment && y instanceof Endpoint e) {
      // An identity-based endpoint delivers nothing until its identity holds its roles.
      return e.auth() == dtplan.model.AuthType.IDENTITY;
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
  private static boolean deleteBeforeWrite(PlannedChange deleted, Step written) {
    Object gone = deleted.before();
    Object next = written.change().after();
    if (gone instanceof Route r && next instanceof Endpoint e) {
      return ArmId.same(e.instanceId(), r.instanceId())
          && e.name().equalsIgnoreCase(r.endpointName())
          && written.change().action() == Action.REPLACE;
    }
    if (gone instanceof Endpoint e
        && next instanceof Instance i
        && written.operation() == Operation.UPDATE) {
      return ArmId.same(e.instanceId(), i.id());
    }
    if (gone instanceof Endpoint e && next instanceof Endpoint n) {
      return ArmId.same(e.instanceId(), n.instanceId());
    }
    if (gone instanceof Route r && next instanceof Route n) {
      return ArmId.same(r.instanceId(), n.instanceId());
    }
    return false;
  }

  /** Something written before something deleted: a route retargeted away from an endpoint first. */
  private static boolean writeBeforeDelete(Step written, PlannedChange deleted) {
    Object next = written.change().after();
    Object gone = deleted.before();
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

  private static boolean sameInstance(String instanceId, Object child) {
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
