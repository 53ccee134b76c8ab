package dtplan.planfile;

import java.util.List;

/**
 * The spec's dependency graph as plain data, as {@code dtplan graph} shows it: addresses in
 * topological order, and each edge as {@code [from, to]}. Saved with the plan so that {@code dtplan
 * show --graph} needs neither the spec nor its secrets.
 */
public record SavedGraph(List<String> nodes, List<List<String>> edges) {
  public static final SavedGraph NONE = new SavedGraph(List.of(), List.of());

  public SavedGraph {
    nodes = List.copyOf(nodes);
    edges = edges.stream().map(List::copyOf).toList();
  }
}
