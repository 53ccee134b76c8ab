package dtplan.cli;

import dtplan.graph.GraphFormats;
import dtplan.graph.PlanGraph;
import dtplan.plan.Consequence;
import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.spec.Spec;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "graph",
    header = "Print the order apply creates a spec's resources in (DOT or Mermaid).",
    description = {
      "Print the order apply would create a spec's resources in, from nothing, as Graphviz DOT"
          + " (edges labelled with the ordering rule) or a Mermaid flowchart (Mermaid renders in"
          + " GitHub Markdown). The same rules order apply. Reads no live state; for the order of"
          + " a real plan, use plan --format markdown --graph.",
      "",
      "Examples:%n  dtplan graph examples/quickstart.yaml --format mermaid%n"
          + "  dtplan graph examples/quickstart.yaml | dot -Tsvg > graph.svg"
    })
final class GraphCommand implements Callable<Integer> {
  enum Format {
    dot,
    mermaid
  }

  @Mixin SpecInputs inputs;

  @Option(
      names = "--format",
      defaultValue = "dot",
      description = "dot or mermaid (default ${DEFAULT-VALUE}).")
  Format format;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    // Needs no secret values: an environment variable that is not set is unknown here.
    SpecInputs.Checked checked = inputs.check();
    if (!checked.problems().isEmpty()) {
      SpecInputs.print(checked.problems(), command.commandLine().getErr());
      return ExitCodes.ERROR;
    }
    Spec spec = checked.spec();
    Plan creation = new Planner().creationPlan(spec);
    List<Consequence> conflicts =
        creation.consequences().stream()
            .filter(c -> c.code() == Consequence.Code.ORDER_CONFLICT)
            .toList();
    if (!conflicts.isEmpty()) {
      conflicts.forEach(
          c ->
              command.commandLine().getErr().println("error: " + c.address() + ": " + c.message()));
      return ExitCodes.ERROR;
    }
    PlanGraph graph = PlanGraph.ofCreation(creation);
    command
        .commandLine()
        .getOut()
        .print(format == Format.dot ? GraphFormats.dot(graph) : GraphFormats.mermaid(graph));
    command.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
