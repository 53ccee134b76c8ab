package dtplan.graph;

import dtplan.model.ResourceKind;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/** The graph as Graphviz DOT (jgrapht-io's exporter) or as a Mermaid flowchart. */
public final class GraphFormats {
  private GraphFormats() {}

  /** Edges are labelled with the rule that orders them, so a surprising order can be looked up. */
  public static String dot(PlanGraph graph) {
    Map<PlanGraph.Node, String> ids = ids(graph);
    DefaultDirectedGraph<PlanGraph.Node, RuleEdge> copy =
        new DefaultDirectedGraph<>(null, null, false);
    graph.nodes().forEach(copy::addVertex);
    for (PlanGraph.Edge e : graph.edges()) {
      copy.addEdge(e.from(), e.to(), new RuleEdge(e.rule()));
    }
    DOTExporter<PlanGraph.Node, RuleEdge> exporter = new DOTExporter<>(ids::get);
    exporter.setGraphIdProvider(() -> "dtplan");
    exporter.setVertexAttributeProvider(
        n -> {
          Map<String, Attribute> attrs = new LinkedHashMap<>();
          attrs.put("label", DefaultAttribute.createAttribute(n.label()));
          attrs.put(
              "shape",
              DefaultAttribute.createAttribute(
                  n.kind() == ResourceKind.INSTANCE ? "box" : "ellipse"));
          return attrs;
        });
    exporter.setEdgeAttributeProvider(
        e -> Map.of("label", DefaultAttribute.createAttribute(e.rule)));
    StringWriter out = new StringWriter();
    exporter.exportGraph(copy, out);
    return out.toString();
  }

  /**
   * Mermaid has no maintained Java writer; its flowchart syntax is a line per node and edge. Rule
   * names are left out: a pull-request comment has a size limit.
   */
  public static String mermaid(PlanGraph graph) {
    Map<PlanGraph.Node, String> ids = ids(graph);
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (PlanGraph.Node n : graph.nodes()) {
      out.append("  ").append(ids.get(n)).append("[\"").append(n.label()).append("\"]\n");
    }
    for (PlanGraph.Edge e : graph.edges()) {
      out.append("  ")
          .append(ids.get(e.from()))
          .append(" --> ")
          .append(ids.get(e.to()))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Short stable ids (n1, n2, …) in node order: labels contain characters DOT and Mermaid dislike.
   */
  private static Map<PlanGraph.Node, String> ids(PlanGraph graph) {
    Map<PlanGraph.Node, String> ids = new HashMap<>();
    for (PlanGraph.Node n : graph.nodes()) {
      ids.put(n, "n" + (ids.size() + 1));
    }
    return ids;
  }

  /** jgrapht needs distinct edge objects; two edges may share a rule. */
  private static final class RuleEdge {
    private final String rule;

    RuleEdge(String rule) {
      this.rule = rule;
    }
  }
}
