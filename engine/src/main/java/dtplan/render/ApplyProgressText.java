package dtplan.render;

import dtplan.apply.ApplyResult;
import dtplan.apply.RouteGap;
import dtplan.apply.StepOutcome;
import dtplan.diag.ControlChars;
import dtplan.plan.Summary;
import dtplan.plan.order.Step;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Apply progress for people, Terraform's way: a line per step start and end, heartbeats, a summary.
 * Azure's errors quote names and values back, so what they hold is escaped: shown, not obeyed by
 * the terminal.
 */
public final class ApplyProgressText {
  private ApplyProgressText() {}

  public static String started(Step step) {
    return line(step.address() + ": " + step.operation().progressive() + "...");
  }

  public static String retrying(Step step, int attempt, String error) {
    return line(
        step.address()
            + ": transient failure, trying the step again (attempt "
            + attempt
            + "): "
            + error);
  }

  public static String stillRunning(Step step, Duration elapsed) {
    return line(
        step.address()
            + ": Still "
            + step.operation().progressive().toLowerCase(Locale.ROOT)
            + "... ["
            + elapsed.toSeconds()
            + "s elapsed]");
  }

  /** The line for a step's end; none for a step that never started. */
  public static Optional<String> finished(StepOutcome o) {
    Step step = o.step();
    return Optional.ofNullable(
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
          case NOT_STARTED -> null;
        });
  }

  /** The lines after the last step, starting with a blank one; each ends with a newline. */
  public static String summary(ApplyResult result) {
    return summary(result, false);
  }

  /**
   * As above; a destroy says so in its own words, as Terraform's does ("Destroy complete!
   * Resources: 3 destroyed.").
   */
  public static String summary(ApplyResult result, boolean destroy) {
    StringBuilder out = new StringBuilder("\n");
    String what = destroy ? "Destroy" : "Apply";
    if (result.succeeded()) {
      // The plan's words: a replacement is one resource replaced, not a creation and a deletion.
      Summary applied = AppliedSummary.of(result);
      out.append(
          destroy
              ? String.format("Destroy complete! Resources: %d destroyed.\n", applied.destroy())
              : String.format(
                  "Apply complete! Resources: %d added, %d changed, %d replaced, %d destroyed.\n",
                  applied.add(), applied.change(), applied.replace(), applied.destroy()));
    } else {
      out.append(result.interrupted() ? what + " interrupted." : what + " failed.").append('\n');
      out.append(
          String.format(
              "  done: %d, failed: %d, skipped: %d, not started: %d\n",
              result.with(StepOutcome.Status.DONE).size(),
              result.with(StepOutcome.Status.FAILED).size(),
              result.with(StepOutcome.Status.SKIPPED).size(),
              result.with(StepOutcome.Status.NOT_STARTED).size()));
      for (StepOutcome o : result.outcomes()) {
        if (o.status() != StepOutcome.Status.DONE) {
          out.append(
              String.format(
                  "  %-11s %s%s\n",
                  o.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                  o.step().id(),
                  o.error() == null ? "" : ": " + ControlChars.escape(o.error())));
        }
      }
      out.append(
          "Run `dtplan plan` again to see exactly what remains; nothing that succeeded is lost.\n");
    }
    routeGaps(result, out);
    return out.toString();
  }

  /** Per instance, how long events had no route: from the first route deleted to the last back. */
  private static void routeGaps(ApplyResult result, StringBuilder out) {
    for (RouteGap gap : RouteGap.of(result)) {
      out.append(
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
                          + " after the first was deleted"))
          .append('\n');
    }
  }

  private static String exactSeconds(Duration d) {
    return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
  }

  private static String line(String text) {
    return ControlChars.escape(text);
  }

  private static String seconds(Duration d) {
    return d.toMillis() < 1000
        ? String.format("%.1fs", d.toMillis() / 1000.0)
        : d.toSeconds() + "s";
  }
}
