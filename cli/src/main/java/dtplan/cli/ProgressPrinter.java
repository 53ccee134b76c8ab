package dtplan.cli;

import dtplan.apply.ApplyResult;
import dtplan.apply.RouteGap;
import dtplan.apply.StepOutcome;
import dtplan.diag.ControlChars;
import dtplan.plan.Summary;
import dtplan.plan.order.Step;
import java.io.PrintWriter;
import java.time.Duration;

/** Terraform-style apply progress: a line per step start and end, heartbeats, a summary. */
final class ProgressPrinter implements ApplyOutput {
  private final PrintWriter out;

  ProgressPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void started(Step step) {
    line(step.address() + ": " + step.operation().progressive() + "...");
  }

  @Override
  public void retrying(Step step, int attempt, String error) {
    line(
        step.address()
            + ": transient failure, trying the step again (attempt "
            + attempt
            + "): "
            + error);
  }

  @Override
  public void stillRunning(Step step, Duration elapsed) {
    line(
        step.address()
            + ": Still "
            + step.operation().progressive().toLowerCase(java.util.Locale.ROOT)
            + "... ["
            + elapsed.toSeconds()
            + "s elapsed]");
  }

  @Override
  public void finished(StepOutcome o) {
    Step step = o.step();
    switch (o.status()) {
      case DONE ->
          line(
              step.address()
                  + ": "
                  + step.operation().noun()
                  + " complete after "
                  + seconds(o.elapsed()));
      case FAILED ->
          line(
              step.address()
                  + ": "
                  + step.operation().noun()
                  + " FAILED after "
                  + seconds(o.elapsed())
                  + ": "
                  + o.error());
      case SKIPPED ->
          line(step.address() + ": skipped (" + o.error().replace("skipped: ", "") + ")");
      case ABANDONED -> line(step.address() + ": " + o.error());
      case NOT_STARTED -> {}
    }
  }

  @Override
  public void summary(ApplyResult result) {
    out.println();
    if (result.succeeded()) {
      // The plan's words: a replacement is one resource replaced, not a creation and a deletion.
      Summary applied = AppliedSummary.of(result);
      out.printf(
          "Apply complete! Resources: %d added, %d changed, %d replaced, %d destroyed.%n",
          applied.add(), applied.change(), applied.replace(), applied.destroy());
    } else {
      out.println(result.interrupted() ? "Apply interrupted." : "Apply failed.");
      out.printf(
          "  done: %d, failed: %d, skipped: %d, not started: %d%n",
          result.with(StepOutcome.Status.DONE).size(),
          result.with(StepOutcome.Status.FAILED).size(),
          result.with(StepOutcome.Status.SKIPPED).size(),
          result.with(StepOutcome.Status.NOT_STARTED).size());
      for (StepOutcome o : result.outcomes()) {
        if (o.status() != StepOutcome.Status.DONE) {
          out.printf(
              "  %-11s %s%s%n",
              o.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
              o.step().id(),
              o.error() == null ? "" : ": " + ControlChars.escape(o.error()));
        }
      }
      out.println(
          "Run `dtplan plan` again to see exactly what remains; nothing that succeeded is lost.");
    }
    routeGaps(result);
    out.flush();
  }

  /** Per instance, how long events had no route: from the first route deleted to the last back. */
  private void routeGaps(ApplyResult result) {
    for (RouteGap gap : RouteGap.of(result)) {
      out.println(
          ControlChars.escape(
              gap.stillMissing().isEmpty()
                  ? gap.instance()
                      + ": routes were missing for "
                      + exactSeconds(gap.missing())
                      + " (from the first route deleted to the last recreated)"
                  : gap.instance()
                      + ": routes "
                      + String.join(", ", gap.stillMissing())
                      + " are still missing, "
                      + exactSeconds(gap.missing())
                      + " after the first was deleted"));
    }
  }

  private static String exactSeconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
  }

  /** Azure's errors quote names and values back; what they hold is shown, not obeyed. */
  private void line(String text) {
    synchronized (out) {
      out.println(ControlChars.escape(text));
      out.flush();
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() < 1000
        ? String.format("%.1fs", d.toMillis() / 1000.0)
        : d.toSeconds() + "s";
  }
}
