package dtplan.cli;

import dtplan.apply.Applier;
import dtplan.apply.ApplyResult;
import dtplan.apply.ExecutionGraph;
import dtplan.model.ResourceKind;
import dtplan.plan.Plan;
import dtplan.planfile.InvalidPlanFileException;
import dtplan.planfile.SavedPlan;
import dtplan.planfile.SecretRebinder;
import dtplan.planfile.Staleness;
import dtplan.render.TextRenderer;
import dtplan.spec.Spec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "apply",
    header = "Make live Azure match the spec, or carry out a saved plan.",
    description = {
      "Make live state match the spec: plan, show the plan, ask for `yes`, carry it out in",
      "dependency order. Given a plan saved with `dtplan plan --out FILE`, carry out exactly that",
      "plan, without asking again, after checking that nothing it touches changed since (exit 3",
      "otherwise).",
      "Ctrl-C stops starting new steps and reports; a second Ctrl-C exits at once.",
      "",
      "Examples:%n  dtplan apply examples/quickstart.yaml --auto-approve%n  dtplan apply plan.json"
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

  enum Format {
    text,
    json
  }

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (default) or json: one JSON event per line while applying.")
  Format format;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    PrintWriter err = command.commandLine().getErr();
    if (Files.isRegularFile(inputs.spec) && SavedPlans.isPlanFile(inputs.spec)) {
      return applySaved(SavedPlans.read(inputs.spec), err);
    }
    try (Planning.Planned planned = Planning.plan(inputs, target, err)) {
      return planned == null
          ? ExitCodes.ERROR
          : review(planned.plan(), planned.target(), err, autoApprove);
    }
  }

  /**
   * A saved plan is carried out exactly as saved, once it is shown that live state and the secrets
   * it will write are still what it was made from.
   */
  private int applySaved(SavedPlan saved, PrintWriter err) {
    Plan plan = saved.plan();
    try (Target opened = Target.open(target, plan.subscription(), err)) {
      if (!opened.description().equals(plan.target())) {
        throw new UserError(
            "the plan was made against "
                + plan.target()
                + ", but this apply targets "
                + opened.description()
                + "; nothing was changed");
      }
      List<String> stale =
          Staleness.changesSince(plan, opened.provider().read(saved.readRequest()));
      if (!stale.isEmpty()) {
        return refuseStale(err, stale);
      }
      if (SecretRebinder.needsSecrets(plan)) {
        Spec spec = inputsFor(plan).load(plan.subscription(), plan.subscription(), err);
        if (spec == null) {
          return ExitCodes.ERROR;
        }
        try {
          plan = SecretRebinder.rebind(plan, spec);
        } catch (InvalidPlanFileException e) {
          return e.stale() ? refuseStale(err, List.of(e.getMessage())) : fail(err, e.getMessage());
        }
      }
      // The plan was reviewed when it was made (in a pull request, typically): apply does not
      // ask again, as Terraform does not for a saved plan.
      return review(plan, opened, err, true);
    }
  }

  /** The spec a saved plan was made from, loaded again only for the secret values it names. */
  private SpecInputs inputsFor(Plan plan) {
    SpecInputs forSecrets = new SpecInputs();
    forSecrets.spec = Path.of(plan.specFile());
    forSecrets.vars = inputs.vars;
    forSecrets.varFile = inputs.varFile;
    return forSecrets;
  }

  private static int refuseStale(PrintWriter err, List<String> stale) {
    err.println("Error: the saved plan is stale; nothing was changed. Changed since it was made:");
    stale.forEach(s -> err.println("  - " + s));
    err.println("Run `dtplan plan` again and review the new plan.");
    return ExitCodes.STALE_PLAN;
  }

  private static int fail(PrintWriter err, String message) {
    err.println("Error: " + message);
    return ExitCodes.ERROR;
  }

  private int review(Plan plan, Target target, PrintWriter err, boolean approved) {
    PrintWriter out = command.commandLine().getOut();
    if (format == Format.text) {
      out.println("Target: " + plan.target());
      out.println();
      out.print(new TextRenderer(Terminal.colour(noColor)).render(plan));
      out.flush();
    } else {
      out.println(PlanEvents.planned(plan));
      out.flush();
    }
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
    if (!approved && !confirmed(out, err)) {
      return ExitCodes.ERROR;
    }
    return carryOut(plan, target, out);
  }

  private int carryOut(Plan plan, Target target, PrintWriter out) {
    ApplyOutput progress =
        format == Format.json ? new JsonProgressPrinter(out) : new ProgressPrinter(out);
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
      if (answer != null && "yes".equals(answer.trim())) {
        out.println();
        return true;
      }
    } catch (java.io.IOException e) {
      // An unreadable answer is not a yes.
    }
    err.println("Apply cancelled. Nothing was changed.");
    return false;
  }
}
