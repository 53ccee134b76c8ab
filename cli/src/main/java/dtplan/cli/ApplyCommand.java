package dtplan.cli;

import dtplan.apply.Applier;
import dtplan.apply.ApplyResult;
import dtplan.apply.ExecutionGraph;
import dtplan.model.ResourceKind;
import dtplan.plan.Plan;
import dtplan.render.TextRenderer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "apply",
    description = {
      "Make live state match the spec: plan, show the plan, ask for `yes`, carry it out in",
      "dependency order. Ctrl-C stops starting new steps and reports; a second Ctrl-C exits at once.",
      "",
      "Example:%n  dtplan apply examples/quickstart.yaml --auto-approve"
    })
final class ApplyCommand implements Callable<Integer> {
  @Mixin SpecInputs inputs;
  @Mixin TargetOptions target;

  @Option(names = "--auto-approve", description = "Apply without asking for confirmation.")
  boolean autoApprove;

  @Option(
      names = "--allow-instance-deletion",
      description = "Allow deleting or replacing instances; this destroys all their twin data.")
  boolean allowInstanceDeletion;

  @Option(names = "--no-color", description = "Never colour the output (NO_COLOR does the same).")
  boolean noColor;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    try (Planning.Planned planned = Planning.plan(inputs, target, err)) {
      if (planned == null) {
        return ExitCodes.ERROR;
      }
      Plan plan = planned.plan();
      out.println("Target: " + plan.target());
      out.println();
      out.print(new TextRenderer(Terminal.colour(noColor)).render(plan));
      out.flush();
      if (plan.hasErrors()) {
        return ExitCodes.ERROR;
      }
      if (!plan.hasChanges()) {
        return ExitCodes.OK;
      }
      if (deletesInstances(plan) && !allowInstanceDeletion) {
        err.println(
            "Error: this plan deletes or replaces an instance, which destroys all its twin data.");
        err.println(
            "  Nothing was changed. Run again with --allow-instance-deletion if that is intended.");
        return ExitCodes.ERROR;
      }
      if (!autoApprove && !confirmed(out, err)) {
        return ExitCodes.ERROR;
      }
      return carryOut(plan, planned.target(), out);
    }
  }

  private int carryOut(Plan plan, Target target, PrintWriter out) {
    ProgressPrinter progress = new ProgressPrinter(out);
    Applier applier =
        new Applier(target.provider(), this.target.parallelism, progress, Duration.ofSeconds(10));
    Interrupts interrupts = Interrupts.install(applier, out);
    try {
      ApplyResult result = applier.apply(ExecutionGraph.of(plan));
      progress.summary(result);
      if (result.interrupted()) {
        return ExitCodes.INTERRUPTED;
      }
      return result.succeeded() ? ExitCodes.OK : ExitCodes.ERROR;
    } finally {
      interrupts.uninstall();
    }
  }

  private static boolean deletesInstances(Plan plan) {
    return plan.changes().stream()
        .anyMatch(c -> c.kind() == ResourceKind.INSTANCE && c.action().isDestructive());
  }

  private static boolean confirmed(PrintWriter out, PrintWriter err) {
    if (System.console() == null) {
      err.println("Error: apply needs confirmation, and there is no terminal to ask on.");
      err.println("  Nothing was changed. Pass --auto-approve to apply without asking.");
      return false;
    }
    out.println();
    out.println("Do you want to perform these actions? Only 'yes' will be accepted.");
    out.print("  Enter a value: ");
    out.flush();
    try {
      String answer =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if ("yes".equals(answer == null ? null : answer.trim())) {
        out.println();
        return true;
      }
    } catch (java.io.IOException e) {
      // Treated as "no" below.
    }
    err.println("Apply cancelled. Nothing was changed.");
    return false;
  }
}
