package dtplan.cli;

import dtplan.planfile.SavedPlan;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "show",
    header = "Print a saved plan.",
    description = {
      "Print a saved plan (from `dtplan plan --out FILE`) without reading or changing Azure.",
      "",
      "The plan file is read strictly: one made by another dtplan version, or edited, is refused.",
      "",
      "Example:%n  dtplan show plan.json --format markdown --graph >> \"$GITHUB_STEP_SUMMARY\""
    })
final class ShowCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PLAN", description = "A saved plan file.")
  Path file;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (default), markdown or json.")
  PlanFormat format;

  @Option(
      names = "--graph",
      description =
          "With --format markdown: add the Mermaid graph, saved with the plan, of what"
              + " depends on what (as `dtplan plan --format markdown --graph` does).")
  boolean graph;

  @Option(names = "--no-color", description = "Never colour the output (NO_COLOR does the same).")
  boolean noColor;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    SavedPlan saved = SavedPlans.read(file);
    if (saved.edited().isPresent()) {
      // What would be shown is not what the file's documented plan says.
      throw new UserError(
          file
              + ": the plan file was edited after it was saved ("
              + saved.edited().get()
              + "); make a new one with `dtplan plan SPEC --out FILE`");
    }
    String rendered = format.render(saved.plan(), Terminal.colour(noColor));
    if (graph && format == PlanFormat.markdown) {
      rendered = MarkdownGraph.append(rendered, saved.plan());
    }
    command.commandLine().getOut().print(rendered);
    command.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
