package dtplan.graph;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/** The graph as Graphviz DOT (jgrapht-io's exporter) or as a Mermaid flowchart. */
public final class GraphFormats {
  private GraphFormats() {}

  public static String dot(ResourceGraph graph) {
    DOTExporter<SpecNode, org.jgrapht.graph.DefaultEdge> exporter =
        new DOTExporter<>(n -> id(graph, n));
    exporter.setGraphIdProvider(() -> "dtplan");
    exporter.setVertexAttributeProvider(
        n -> {
          Map<String, Attribute> attrs = new LinkedHashMap<>();
          attrs.put("label", DefaultAttribute.createAttribute(n.address()));
          attrs.put(
              "shape",
              DefaultAttribute.createAttribute(
                  n.kind() == dtplan.model.ResourceKind.INSTANCE ? "box" : "ellipse"));
          return attrs;
        });
    StringWriter out = new StringWriter();
    exporter.exportGraph(sortedCopy(graph), out);
    return out.toString();
  }

  /** Mermaid has no maintained Java writer; its flowchart syntax is a line per node and edge. */
  public static String mermaid(ResourceGraph graph) {
    return mermaid(
        graph.topologicalOrder().stream().map(SpecNode::address).toList(),
        graph.edges().stream().map(e -> List.of(e[0].address(), e[1].address())).toList());
  }

  /**
   * The same flowchart from addresses in topological order and {@code [from, to]} address pairs (a
   * graph saved with a plan).
   */
  public static String mermaid(List<String> nodes, List<List<String>> edges) {
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (int i = 0; i < nodes.size(); i++) {
      out.append("  n").append(i + 1).append("[\"").append(nodes.get(i)).append("\"]\n");
    }
    for (List<String> e : edges) {
      out.append("  n")
          .append(nodes.indexOf(e.get(0)) + 1)
          .append(" --> n")
          .append(nodes.indexOf(e.get(1)) + 1)
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Short stable ids (n1, n2, …) in topological order: addresses contain characters DOT and Mermaid
   * dislike.
   */
  private static String id(ResourceGraph graph, SpecNode node) {
    return "n" + (graph.topologicalOrder().indexOf(node) + 1);
  }

  /** A copy whose vertex and edge insertion order is deterministic, so output is byte-stable. */
  private static org.jgrapht.Graph<SpecNode, org.jgrapht.graph.DefaultEdge> sortedCopy(
      ResourceGraph graph) {
    org.jgrapht.graph.DefaultDirectedGraph<SpecNode, org.jgrapht.graph.DefaultEdge> copy =
        new org.jgrapht.graph.DefaultDirectedGraph<>(org.jgrapht.graph.DefaultEdge.class);
    graph.topologicalOrder().forEach(copy::addVertex);
    for (SpecNode[] e : graph.edges()) {
      copy.addEdge(e[0], e[1]);
    }
    return copy;
  }
}
