package dtplan.cli;

import dtplan.graph.GraphFormats;
import dtplan.graph.PlanGraph;
import dtplan.plan.Plan;
import dtplan.render.MarkdownRenderer;

/** The order apply will follow, as a Mermaid block under a Markdown plan, if it fits. */
final class MarkdownGraph {
  private MarkdownGraph() {}

  static String append(String markdown, Plan plan) {
    if (!plan.hasChanges()
        || plan.consequences().stream()
            .anyMatch(c -> c.code() == dtplan.plan.Consequence.Code.ORDER_CONFLICT)) {
      return markdown; // Nothing to order, or no order exists (the plan says why).
    }
    String mermaid = GraphFormats.mermaid(PlanGraph.of(plan));
    String section =
        "\n<details><summary>Apply order</summary>\n\n```mermaid\n"
            + mermaid
            + "```\n\n</details>\n";
    if (markdown.length() + section.length() > new MarkdownRenderer().maxChars()) {
      return markdown
          + "\n_The dependency graph is left out: the comment would exceed GitHub's size limit._\n";
    }
    return markdown + section;
  }
}
