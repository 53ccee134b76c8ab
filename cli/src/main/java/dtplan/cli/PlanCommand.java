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
      "With --destroy, show the plan that deletes everything the stack owns (what `dtplan"
          + " destroy` would do); with --target, only the changes of the named resources and what"
          + " they need; with --replace, delete and create a resource again.",
      "",
      "Examples:%n  dtplan plan examples/quickstart.yaml --detailed-exitcode"
          + "%n  dtplan plan examples/quickstart.yaml --destroy --out destroy.json"
          + "%n  dtplan plan examples/quickstart.yaml --target"
          + " instances.quickstart-twins.routes.telemetry-all"
          + "%n  dtplan plan examples/quickstart.yaml --replace"
          + " instances.quickstart-twins.endpoints.telemetry"
    })
final class PlanCommand implements Callable<Integer> {
  @Mixin SpecInputs inputs;
  @Mixin TargetOptions target;
  @Mixin LockOptions lock;

  @Mixin ScopeOptions scope;

  @Option(
      names = "--destroy",
      description =
          "Plan the deletion of everything the stack owns (as `dtplan destroy` does); needs no"
              + " secret values. Saved with --out, `dtplan apply FILE` carries it out.")
  boolean destroy;

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
          "Save the plan and its target for `dtplan apply FILE`; no secret values. One with"
              + " errors is saved for review only.")
  Path out;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    if (this.out != null) {
      OutputFiles.checkWritable(this.out, "plan"); // before Azure is read, not after
    }
    dtplan.plan.PlanScope scope = this.scope.scope(destroy);
    // Text starts with the target, printed before live state is read, so that it comes first
    // whatever happens next; markdown and JSON keep stdout for the document.
    PrintWriter targetLine = format == PlanFormat.text ? out : null;
    // Only a saved plan leads to a change; a plan to look at takes no lock.
    Locking locking = this.out == null ? null : new Locking("plan --out", lock.lockTimeout, false);
    try (Planning.Planned planned =
        Planning.plan(inputs, target, err, targetLine, scope, locking)) {
      if (planned == null) {
        return ExitCodes.ERROR;
      }
      String rendered = format.renderAfterTarget(planned.plan(), Terminal.colour(noColor));
      if (graph && format == PlanFormat.markdown) {
        rendered = MarkdownGraph.append(rendered, planned.plan());
      }
      out.print(rendered);
      out.flush();
      if (this.out != null) {
        // A plan with errors is saved too, for review (a pull-request comment, `dtplan show`).
        SavedPlans.write(this.out, planned);
        err.println(
            planned.plan().hasErrors()
                ? "Saved the plan to "
                    + this.out
                    + " for review; it has errors and cannot be applied. Fix them and plan again."
                : "Saved the plan to " + this.out + "; apply it with: dtplan apply " + this.out);
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
