package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13: the graph a pull request shows is the order apply follows (the execution graph of this
 * plan, with its operations), and `dtplan graph` draws the same rules for a stack made from
 * nothing.
 */
class ApplyOrderGraphTest {
  @Test
  void theMarkdownPlanDrawsApplysOrderAndTheGraphCommandNamesTheRules() throws Exception {
    String spec = Cli.example("quickstart.yaml").toString();
    try (LiveSandbox sb = LiveSandbox.start()) {
      Cli.Result plan =
          Cli.run("plan", spec, "--format", "markdown", "--graph", "--sandbox", sb.url());
      assertThat(plan.exit()).as(plan.toString()).isZero();
      assertThat(plan.out())
          .as(plan.toString())
          .contains("<summary>Apply order</summary>")
          .contains("```mermaid")
          .contains("[\"instances.quickstart-twins (create)\"]")
          .contains("[\"instances.quickstart-twins.routes.telemetry-all (create)\"]");
    }
    Cli.Result graph = Cli.run("graph", spec);
    assertThat(graph.exit()).as(graph.toString()).isZero();
    assertThat(graph.out())
        .as(graph.toString())
        .contains("label=\"instances.quickstart-twins.dataOwners[0]\"")
        .contains("label=\"data-owner-before-routes\"")
        .contains("label=\"endpoint-before-routes\"");
  }
}
