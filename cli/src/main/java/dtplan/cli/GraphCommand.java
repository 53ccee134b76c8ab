package dtplan.cli;

import dtplan.diag.InvalidSpecException;
import dtplan.graph.GraphBuilder;
import dtplan.graph.GraphFormats;
import dtplan.graph.ResourceGraph;
import dtplan.spec.Spec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "graph",
    header = "Print what depends on what in a spec (DOT or Mermaid).",
    description = {
      "Print what depends on what in a spec, as Graphviz DOT or a Mermaid flowchart (Mermaid"
          + " renders in GitHub Markdown). Reads no live state.",
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
    try {
      ResourceGraph graph = GraphBuilder.build(spec);
      command
          .commandLine()
          .getOut()
          .print(format == Format.dot ? GraphFormats.dot(graph) : GraphFormats.mermaid(graph));
      command.commandLine().getOut().flush();
      return ExitCodes.OK;
    } catch (InvalidSpecException e) {
      e.diagnostics().forEach(d -> command.commandLine().getErr().println(d.format()));
      return ExitCodes.ERROR;
    }
  }
}
