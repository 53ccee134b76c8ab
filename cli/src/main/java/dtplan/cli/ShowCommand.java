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
      "Example:%n  dtplan show plan.json --format markdown >> \"$GITHUB_STEP_SUMMARY\""
    })
final class ShowCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PLAN", description = "A saved plan file.")
  Path file;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (default), markdown or json.")
  PlanFormat format;

  @Option(names = "--no-color", description = "Never colour the output (NO_COLOR does the same).")
  boolean noColor;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    SavedPlan saved = SavedPlans.read(file);
    command.commandLine().getOut().print(format.render(saved.plan(), Terminal.colour(noColor)));
    command.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
