package dtplan.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/** An immutable view of a spec's resources and the references between them. */
public final class ResourceGraph {
  private final DirectedAcyclicGraph<SpecNode, DefaultEdge> graph;

  ResourceGraph(DirectedAcyclicGraph<SpecNode, DefaultEdge> graph) {
    this.graph = graph;
  }

  /** Dependencies first; ties broken by address, so the order is the same on every run. */
  public List<SpecNode> topologicalOrder() {
    List<SpecNode> out = new ArrayList<>();
    new TopologicalOrderIterator<>(graph, Comparator.comparing(SpecNode::address))
        .forEachRemaining(out::add);
    return out;
  }

  /** Edges as (from, to) pairs, sorted. */
  public List<SpecNode[]> edges() {
    return graph.edgeSet().stream()
        .map(e -> new SpecNode[] {graph.getEdgeSource(e), graph.getEdgeTarget(e)})
        .sorted(
            Comparator.comparing((SpecNode[] p) -> p[0].address())
                .thenComparing(p -> p[1].address()))
        .toList();
  }

  DirectedAcyclicGraph<SpecNode, DefaultEdge> jgrapht() {
    return graph;
  }
}
