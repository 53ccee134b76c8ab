package dtplan.cli;

import dtplan.apply.Applier;
import dtplan.apply.ApplyResult;
import dtplan.apply.StackLock;
import dtplan.plan.ApplyPolicy;
import dtplan.plan.ApplyVerdict;
import dtplan.plan.Plan;
import dtplan.plan.PlanScope;
import dtplan.plan.order.ExecutionGraph;
import dtplan.planfile.SavedPlan;
import dtplan.planfile.SavedPlanCheck;
import dtplan.planfile.SavedPlanVerdict;
import dtplan.planfile.SavedTarget;
import dtplan.provider.ReadResponse;
import dtplan.render.ApplyJsonEvents;
import dtplan.render.ApplyVerdictText;
import dtplan.render.TextRenderer;
import dtplan.spec.Spec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;

@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "apply",
    header = "Make the target (Azure or the sandbox) match the spec, or carry out a saved plan.",
    description = {
      "Make what the target holds match the spec: plan, show the plan, ask for `yes`, then carry"
          + " it out in dependency order.",
      "Given PLANFILE, a plan saved with `dtplan plan --out FILE`, carry out exactly that plan"
          + " without asking again, after deriving it again from its spec and live state and"
          + " checking it is the same (exit 3 otherwise), on the target it was made against"
          + " (--sandbox or --subscription may only repeat it). A plan with errors is never"
          + " applied. --var/--var-file apply to the spec the plan names.",
      "The answer is read from the terminal, or from standard input when that is not one (`echo"
          + " yes | dtplan apply SPEC`); with --input=false dtplan never asks, and applies only"
          + " with --auto-approve.",
      "Ctrl-C stops starting new steps and reports; a second Ctrl-C exits at once.",
      "With `lock:` in the spec, apply holds the stack's blob-lease lock from before it reads live"
          + " state until it ends. If another run holds the lock, apply fails and names the holder"
          + " unless --lock-timeout says how long to wait. Without `lock:` it warns that concurrent"
          + " runs are not prevented.",
      "",
      "Examples:%n  dtplan apply examples/quickstart.yaml --auto-approve%n  dtplan apply plan.json"
          + "%n  dtplan apply stack.yaml --auto-approve --input=false --lock-timeout 5m"
    },
    modelTransformer = ApplyCommand.SpecOrPlanFile.class)
class ApplyCommand implements Callable<Integer> {
  @Mixin SpecInputs inputs;
  @Mixin TargetOptions target;
  @Mixin LockOptions lock;

  @Mixin ScopeOptions scope;

  @Option(names = "--auto-approve", description = "Apply without asking for confirmation.")
  boolean autoApprove;

  @Option(
      names = "--input",
      arity = "1",
      paramLabel = "true|false",
      defaultValue = "true",
      description =
          "Whether dtplan may ask for confirmation (default true). With --input=false, as in CI,"
              + " apply without --auto-approve fails at once instead of waiting for an answer.")
  boolean input;

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

  /** The positional parameter comes from {@link SpecInputs}; apply also takes a saved plan. */
  static final class SpecOrPlanFile implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      PositionalParamSpec file = spec.positionalParameters().get(0);
      spec.remove(file);
      spec.addPositional(
          PositionalParamSpec.builder(file)
              .paramLabel("SPEC|PLANFILE")
              .description(
                  "The spec file (YAML), or a plan saved with `dtplan plan --out FILE` (JSON).")
              .build());
      return spec;
    }
  }

  /** What this command plans: the spec's changes here; everything the stack owns in destroy. */
  PlanScope scope() {
    return scope.scope(false);
  }

  @Override
  public Integer call() {
    PrintWriter err = command.commandLine().getErr();
    if (!input && !autoApprove) {
      throw new UserError(
          command.name()
              + " needs approval, and --input=false forbids asking for it; nothing was changed."
              + " Pass --auto-approve to apply without asking, or review the plan with `dtplan"
              + " plan` first");
    }
    if (Files.isRegularFile(inputs.spec) && SavedPlans.isPlanFile(inputs.spec)) {
      return applySaved(SavedPlans.read(inputs.spec), err);
    }
    PlanScope scope = scope();
    PrintWriter targetLine = format == Format.text ? command.commandLine().getOut() : null;
    try (Planning.Planned planned =
        Planning.plan(inputs, target, err, targetLine, scope, locking())) {
      return planned == null
          ? ExitCodes.ERROR
          : review(planned.plan(), planned.spec(), planned.target(), err, autoApprove);
    }
  }

  /**
   * A saved plan is the reviewed approval, not a program: the plan is derived again from the spec
   * it names (checked to be the very file it was made from before it is even parsed) and from live
   * state, and only if that gives the plan that was saved is it carried out. What runs is the plan
   * derived now; the saved file only decides whether it may.
   */
  int applySaved(SavedPlan savedPlan, PrintWriter err) {
    Plan saved = savedPlan.plan();
    if (scope.given()) {
      throw new UserError(
          "--target and --replace apply to a spec, not to a saved plan, which keeps the scope it"
              + " was made with; nothing was changed");
    }
    SavedPlanVerdict verdict = SavedPlanCheck.ofFile(savedPlan, inputs.spec.toString());
    if (!(verdict instanceof SavedPlanVerdict.Carry)) {
      return refuse(err, verdict);
    }
    // The plan goes where it was made; a flag may only repeat it.
    SavedTarget where = target.forSavedPlan(savedPlan.target(), saved.target());
    // The spec (checked above to be the file the plan was made from) names the cloud the target
    // is in, so it is read before the target opens.
    Spec spec =
        Planning.load(
            inputsFor(saved), saved.scope(), saved.subscription(), saved.subscription(), err);
    if (spec == null) {
      return ExitCodes.ERROR;
    }
    try (Target opened =
        Target.open(where, target.parallelism, saved.subscription(), spec.cloud(), err)) {
      if (format == Format.text) {
        Planning.announce(opened, command.commandLine().getOut());
      }
      verdict = SavedPlanCheck.ofTarget(savedPlan, opened.description());
      if (!(verdict instanceof SavedPlanVerdict.Carry)) {
        return refuse(err, verdict);
      }
      try (StackLock held = locking().take(opened, spec, err)) {
        return applySaved(savedPlan, spec, opened, err);
      }
    }
  }

  /** The saved plan's checks against live state and the apply, under the stack's lock. */
  private int applySaved(SavedPlan savedPlan, Spec spec, Target opened, PrintWriter err) {
    Plan saved = savedPlan.plan();
    ReadResponse live = Planning.read(opened, spec, err, format == Format.text);
    SavedPlanVerdict verdict = SavedPlanCheck.ofLive(savedPlan, live);
    if (!(verdict instanceof SavedPlanVerdict.Carry)) {
      return refuse(err, verdict);
    }
    Plan now = Planning.plan(opened.description(), spec, live, saved.specDigest(), saved.scope());
    verdict = SavedPlanCheck.ofPlan(savedPlan, now);
    if (!(verdict instanceof SavedPlanVerdict.Carry)) {
      return refuse(err, verdict);
    }
    // The plan was reviewed when it was made (in a pull request, typically): apply does not
    // ask again, as Terraform does not for a saved plan.
    return review(now, spec, opened, err, true);
  }

  private Locking locking() {
    return new Locking(command.name(), lock.lockTimeout, true);
  }

  /** The spec a saved plan was made from, with this command's variables. */
  private SpecInputs inputsFor(Plan plan) {
    SpecInputs forPlan = new SpecInputs();
    forPlan.spec = Path.of(plan.specFile());
    forPlan.vars = inputs.vars;
    forPlan.varFile = inputs.varFile;
    return forPlan;
  }

  /**
   * Nothing is carried out, and why: exit 3 when the plan or the world moved on since review, 1 for
   * a plan that can never be applied here.
   */
  private static int refuse(PrintWriter err, SavedPlanVerdict verdict) {
    if (!verdict.stale()) {
      throw new UserError(verdict.message());
    }
    err.println("Error: " + verdict.message());
    verdict.details().forEach(s -> err.println("  - " + s));
    err.println("Run `dtplan plan` again and review the new plan.");
    return ExitCodes.STALE_PLAN;
  }

  private int review(Plan plan, Spec spec, Target target, PrintWriter err, boolean approved) {
    PrintWriter out = command.commandLine().getOut();
    ApplyJsonEvents events = new ApplyJsonEvents(Clock.systemUTC());
    if (format == Format.text) {
      // The target line came first, before live state was read (Planning.announce).
      out.print(new TextRenderer(Terminal.colour(noColor)).render(plan));
    } else {
      out.println(
          events.planned(
              plan,
              spec.lock() == null ? null : spec.lock().container() + "/" + spec.stack() + ".lock"));
    }
    out.flush();
    ApplyVerdict verdict = new ApplyPolicy(allowInstanceDeletion).verdict(plan, spec);
    ApplyVerdictText.lines(verdict).forEach(err::println);
    if (!verdict.proceeds()) {
      return verdict.refused() ? ExitCodes.ERROR : ExitCodes.OK;
    }
    if (!approved && !confirmed(out, err)) {
      return ExitCodes.ERROR;
    }
    ApplyOutput progress =
        format == Format.json
            ? new JsonProgressPrinter(out, events)
            : new ProgressPrinter(out, plan.scope().destroy());
    return carryOut(plan, target, progress);
  }

  private int carryOut(Plan plan, Target target, ApplyOutput progress) {
    Applier applier =
        new Applier(
            target.provider(),
            progress,
            Timing.fromSystemProperties().apply(this.target.parallelism));
    Interrupts interrupts = Interrupts.install(applier, command.commandLine().getOut());
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

  /**
   * Terraform's way: the answer comes from the terminal, or from standard input when that is a pipe
   * or a file ({@code echo yes | dtplan apply SPEC}). Standard input that ends at once (CI's {@code
   * /dev/null}) is no answer, and says how to apply without one.
   */
  private static boolean confirmed(PrintWriter out, PrintWriter err) {
    out.println();
    out.println("Do you want to perform these actions? Only 'yes' will be accepted.");
    out.print("  Enter a value: ");
    out.flush();
    String answer = Answers.readLine();
    if (answer == null) {
      out.println();
      err.println("Error: apply needs confirmation, and standard input ended without an answer.");
      err.println(
          "  Nothing was changed. Pass --auto-approve to apply without asking (in CI, with"
              + " --input=false).");
      return false;
    }
    if ("yes".equals(answer.trim())) {
      out.println();
      return true;
    }
    err.println("Apply cancelled. Nothing was changed.");
    return false;
  }
}
