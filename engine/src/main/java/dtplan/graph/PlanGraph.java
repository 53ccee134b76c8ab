package dtplan.graph;

import dtplan.model.ResourceKind;
import dtplan.plan.Plan;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.Operation;
import dtplan.plan.order.Step;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The execution graph as a reader sees it: its steps in the order apply may run them, and only the
 * edges no longer path already implies (a transitive reduction, as Terraform draws its graphs). The
 * same rules order apply, so what a reviewer sees is what apply does.
 */
public final class PlanGraph {
  /** A step: its label, and its resource kind (instances are drawn as boxes). */
  public record Node(String label, ResourceKind kind) {}

  /** {@code from} must finish before {@code to} starts, because of {@code rule}. */
  public record Edge(Node from, Node to, String rule) {}

  private final List<Node> nodes;
  private final List<Edge> edges;

  private PlanGraph(List<Node> nodes, List<Edge> edges) {
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
  }

  /** Every step of a plan, labelled with its address and operation. */
  public static PlanGraph of(Plan plan) {
    return of(ExecutionGraph.of(plan), false);
  }

  /**
   * The steps that create a stack from nothing, labelled with their addresses alone (every step
   * creates).
   */
  public static PlanGraph ofCreation(Plan creation) {
    return of(ExecutionGraph.of(creation), true);
  }

  private static PlanGraph of(ExecutionGraph graph, boolean addressesOnly) {
    List<Step> order = graph.topologicalOrder();
    Map<Step, Integer> index = new HashMap<>();
    List<Node> nodes = new ArrayList<>();
    for (Step s : order) {
      index.put(s, nodes.size());
      String label =
          addressesOnly && s.operation() == Operation.CREATE ? s.address().toString() : s.id();
      nodes.add(new Node(label, s.change().kind()));
    }
    // Reverse topological order: every step's descendants are known before its own are.
    BitSet[] reach = new BitSet[order.size()];
    List<Edge> edges = new ArrayList<>();
    for (int i = order.size() - 1; i >= 0; i--) {
      Step from = order.get(i);
      List<Integer> next = graph.dependents(from).stream().map(index::get).sorted().toList();
      reach[i] = new BitSet();
      for (int j : next) {
        reach[i].set(j);
        reach[i].or(reach[j]);
      }
      for (int j : next) {
        if (!impliedByAnother(j, next, reach)) {
          Step to = order.get(j);
          edges.add(new Edge(nodes.get(i), nodes.get(j), graph.ruleBetween(from, to).name()));
        }
      }
    }
    Map<Node, Integer> position = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      position.put(nodes.get(i), i);
    }
    edges.sort(
        Comparator.comparingInt((Edge e) -> position.get(e.from()))
            .thenComparingInt(e -> position.get(e.to())));
    return new PlanGraph(nodes, edges);
  }

  /** Whether {@code j} is reached through another direct successor as well. */
  private static boolean impliedByAnother(int j, List<Integer> next, BitSet[] reach) {
    for (int k : next) {
      if (k != j && reach[k].get(j)) {
        return true;
      }
    }
    return false;
  }

  /** In an order apply may run them: each step after everything it waits for. */
  public List<Node> nodes() {
    return nodes;
  }

  /** Sorted by source, then target, in node order. */
  public List<Edge> edges() {
    return edges;
  }
}
