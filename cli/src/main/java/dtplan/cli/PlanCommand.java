package dtplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "plan",
    header = "Show what apply would change; change nothing.",
    description = {
      "Show what apply would change: read live state, compare it with the spec, print the plan."
          + " Nothing is changed.",
      "",
      "Example:%n  dtplan plan examples/quickstart.yaml --detailed-exitcode"
    })
final class PlanCommand implements Callable<Integer> {
  @Mixin SpecInputs inputs;
  @Mixin TargetOptions target;

  @Option(
      names = "--detailed-exitcode",
      description = "Exit 0 when there are no changes, 2 when there are, 1 on error.")
  boolean detailedExitCode;

  @Option(names = "--no-color", description = "Never colour the output (NO_COLOR does the same).")
  boolean noColor;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text (default), markdown (for pull requests) or json (format in docs/plan-format.md).")
  PlanFormat format;

  @Option(
      names = "--graph",
      description = "With --format markdown: add a Mermaid graph of what depends on what.")
  boolean graph;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Save the plan; `dtplan apply FILE` carries out exactly this plan. Holds no secret values.")
  Path out;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    if (this.out != null) {
      OutputFiles.checkWritable(this.out, "plan"); // before Azure is read, not after
    }
    try (Planning.Planned planned = Planning.plan(inputs, target, err)) {
      if (planned == null) {
        return ExitCodes.ERROR;
      }
      String rendered = format.render(planned.plan(), Terminal.colour(noColor));
      if (graph && format == PlanFormat.markdown) {
        rendered = MarkdownGraph.append(rendered, planned.spec());
      }
      out.print(rendered);
      out.flush();
      if (this.out != null) {
        SavedPlans.write(this.out, planned);
        command
            .commandLine()
            .getErr()
            .println("Saved the plan to " + this.out + "; apply it with: dtplan apply " + this.out);
      }
      if (planned.plan().hasErrors()) {
        return ExitCodes.ERROR;
      }
      return detailedExitCode && planned.plan().hasChanges()
          ? ExitCodes.CHANGES_PRESENT
          : ExitCodes.OK;
    }
  }
}
