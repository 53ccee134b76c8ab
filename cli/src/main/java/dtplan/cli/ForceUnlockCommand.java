package dtplan.cli;

import dtplan.provider.LockHolder;
import dtplan.provider.ProviderException;
import dtplan.spec.Spec;
import dtplan.spec.SubscriptionRule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "force-unlock",
    header = "Break the stack's lock that a run which is gone still holds.",
    description = {
      "Break the lease on the stack's lock blob (spec `lock:`), whoever holds it, after asking"
          + " for `yes`. Use it only when the run that holds it is gone: a run still going loses its"
          + " lock and may interleave with the next. A lock a crashed run held frees itself within"
          + " 60 s anyway.",
      "",
      "Example:%n  dtplan force-unlock examples/quickstart.yaml"
    })
final class ForceUnlockCommand implements Callable<Integer> {
  @Mixin SpecInputs inputs;
  @Mixin TargetOptions target;

  @Option(names = "--auto-approve", description = "Break the lock without asking.")
  boolean autoApprove;

  @Option(
      names = "--input",
      arity = "1",
      paramLabel = "true|false",
      defaultValue = "true",
      description =
          "Whether dtplan may ask for confirmation (default true); with --input=false it breaks"
              + " the lock only with --auto-approve.")
  boolean input;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    if (!input && !autoApprove) {
      throw new UserError(
          "force-unlock needs approval, and --input=false forbids asking for it; the lock was left"
              + " alone. Pass --auto-approve to break it without asking");
    }
    SubscriptionRule subscription = target.subscriptionRule();
    Spec spec = inputs.load(subscription.override(), subscription.fallback(), err);
    if (spec == null) {
      return ExitCodes.ERROR;
    }
    if (spec.lock() == null) {
      throw new UserError(
          inputs.spec + " has no `lock:`, so stack `" + spec.stack() + "` has no lock to break");
    }
    if (!autoApprove && !confirmed(spec, out, err)) {
      return ExitCodes.ERROR;
    }
    try (Target opened = Target.open(target, spec.subscription(), spec.cloud(), err)) {
      LockHolder holder = opened.locks().breakLock(spec.lock().container(), spec.stack());
      out.println(
          holder == null
              ? "Broke the lock of stack `" + spec.stack() + "`; it named no holder."
              : "Broke the lock of stack `"
                  + spec.stack()
                  + "` held by "
                  + holder.describe()
                  + ".");
      return ExitCodes.OK;
    } catch (ProviderException e) {
      throw new UserError(e.getMessage());
    }
  }

  private static boolean confirmed(Spec spec, PrintWriter out, PrintWriter err) {
    out.println(
        "Break the lock of stack `"
            + spec.stack()
            + "`? A run that still holds it would no longer be protected.");
    out.println("Only 'yes' will be accepted.");
    out.print("  Enter a value: ");
    out.flush();
    String answer = Answers.readLine();
    if (answer == null || !"yes".equals(answer.trim())) {
      out.println();
      err.println("Force-unlock cancelled. The lock was left alone.");
      return false;
    }
    return true;
  }
}
