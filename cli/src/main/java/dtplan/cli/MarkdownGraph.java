package dtplan.cli;

import dtplan.diag.InvalidSpecException;
import dtplan.graph.GraphBuilder;
import dtplan.graph.GraphFormats;
import dtplan.render.MarkdownRenderer;
import dtplan.spec.Spec;

/** The spec's dependency graph as a Mermaid block under a Markdown plan, if it fits. */
final class MarkdownGraph {
  private MarkdownGraph() {}

  static String append(String markdown, Spec spec) {
    String mermaid;
    try {
      mermaid = GraphFormats.mermaid(GraphBuilder.build(spec));
    } catch (InvalidSpecException e) {
      return markdown; // A spec that plans has no cycle; nothing to add otherwise.
    }
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
