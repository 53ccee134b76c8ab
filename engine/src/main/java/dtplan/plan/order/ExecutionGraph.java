package dtplan.plan.order;

import dtplan.plan.Plan;
import dtplan.plan.PlannedChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The steps of a plan and what must finish before each starts, as {@link OrderingRules} say: one
 * edge per pair, labelled with the rule that put it there. Apply follows it; {@code dtplan graph}
 * draws it.
 */
public final class ExecutionGraph {
  private final DirectedAcyclicGraph<Step, OrderEdge> graph =
      new DirectedAcyclicGraph<>(null, null, false);
  private final List<Step> steps = new ArrayList<>();

  private ExecutionGraph() {}

  /**
   * @throws OrderConflict if two rules order two steps both ways; {@code Planner} reports it as a
   *     plan error, so a plan that was made never throws here
   */
  public static ExecutionGraph of(Plan plan) {
    return of(plan.changes());
  }

  public static ExecutionGraph of(List<PlannedChange> changes) {
    ExecutionGraph g = new ExecutionGraph();
    for (PlannedChange c : changes) {
      switch (c.action()) {
        case CREATE -> g.add(new Step(c, Operation.CREATE));
        case UPDATE -> g.add(new Step(c, Operation.UPDATE));
        case DELETE -> g.add(new Step(c, Operation.DELETE));
        case REPLACE -> {
          // Ordered here, not by groups: a replaced role assignment's principal may change, and
          // with it the group each of its steps falls in.
          Step delete = g.add(new Step(c, Operation.DELETE));
          Step create = g.add(new Step(c, Operation.CREATE));
          g.order(delete, create, OrderingRules.REPLACE_DELETES_FIRST);
        }
        case NO_OP -> {}
      }
    }
    StepGroups groups = new StepGroups(changes);
    g.link(new PlanFacts(changes, groups), groups);
    OrderingRules.WINDOW.link(g);
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

  /** The rule that ordered {@code first} directly before {@code then}, or null if none did. */
  public OrderingRule ruleBetween(Step first, Step then) {
    OrderEdge e = graph.getEdge(first, then);
    return e == null ? null : e.rule();
  }

  /** A deterministic order that respects every edge: ties broken by plan order. */
  public List<Step> topologicalOrder() {
    Map<Step, Integer> position = new HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      position.put(steps.get(i), i);
    }
    List<Step> out = new ArrayList<>();
    new TopologicalOrderIterator<>(graph, Comparator.comparingInt(position::get))
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

  /**
   * Orders {@code first} before {@code then}, or says which rules already order them the other way.
   */
  void order(Step first, Step then, OrderingRule rule) {
    if (graph.containsEdge(first, then)) {
      return;
    }
    try {
      graph.addEdge(first, then, new OrderEdge(rule));
    } catch (IllegalArgumentException cycle) {
      throw new OrderConflict(first, then, rule, path(then, first));
    }
  }

  private List<OrderConflict.Link> path(Step from, Step to) {
    var found = BFSShortestPath.findPathBetween(graph, from, to);
    List<OrderConflict.Link> links = new ArrayList<>();
    for (OrderEdge e : found.getEdgeList()) {
      links.add(new OrderConflict.Link(graph.getEdgeSource(e), graph.getEdgeTarget(e), e.rule()));
    }
    return links;
  }

  /** Tries every pairwise rule on each ordered pair of steps that share a group. */
  private void link(PlanFacts facts, StepGroups groupsOf) {
    Map<String, List<Step>> groups = new LinkedHashMap<>();
    for (Step s : steps) {
      for (String group : groupsOf.of(s)) {
        groups.computeIfAbsent(group, k -> new ArrayList<>()).add(s);
      }
    }
    for (List<Step> group : groups.values()) {
      for (Step a : group) {
        for (Step b : group) {
          if (a != b) {
            for (OrderingRule rule : OrderingRules.PAIRWISE) {
              if (rule.orders(a, b, facts)) {
                order(a, b, rule);
                break;
              }
            }
          }
        }
      }
    }
  }
}
