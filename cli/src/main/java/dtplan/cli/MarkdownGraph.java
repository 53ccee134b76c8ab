package dtplan.cli;

import dtplan.graph.GraphFormats;
import dtplan.planfile.SavedGraph;
import dtplan.render.MarkdownRenderer;

/** The spec's dependency graph as a Mermaid block under a Markdown plan, if it fits. */
final class MarkdownGraph {
  private MarkdownGraph() {}

  /**
   * The graph of the spec being planned ({@code plan --graph}) or saved with a plan ({@code show
   * --graph}): the same data either way, see {@link SavedPlans#graph}.
   */
  static String append(String markdown, SavedGraph graph) {
    if (graph.nodes().isEmpty()) {
      return markdown;
    }
    String mermaid = GraphFormats.mermaid(graph.nodes(), graph.edges());
    String section =
        "\n<details><summary>Dependency graph</summary>\n\n```mermaid\n"
            + mermaid
            + "```\n\n</details>\n";
    if (markdown.length() + section.length() > new MarkdownRenderer().maxChars()) {
      return markdown
          + "\n_The dependency graph is left out: the comment would exceed GitHub's size limit._\n";
    }
    return markdown + section;
  }
}
