package dtplan.cli;

import dtplan.apply.ApplyResult;
import dtplan.apply.StepOutcome;
import dtplan.plan.order.Step;
import dtplan.render.ApplyProgressText;
import java.io.PrintWriter;
import java.time.Duration;

/** Prints apply progress as text ({@link ApplyProgressText}) as it happens. */
final class ProgressPrinter implements ApplyOutput {
  private final PrintWriter out;
  private final boolean destroy;

  ProgressPrinter(PrintWriter out, boolean destroy) {
    this.out = out;
    this.destroy = destroy;
  }

  @Override
  public void started(Step step) {
    line(ApplyProgressText.started(step));
  }

  @Override
  public void retrying(Step step, int attempt, String error) {
    line(ApplyProgressText.retrying(step, attempt, error));
  }

  @Override
  public void stillRunning(Step step, Duration elapsed) {
    line(ApplyProgressText.stillRunning(step, elapsed));
  }

  @Override
  public void finished(StepOutcome outcome) {
    ApplyProgressText.finished(outcome).ifPresent(this::line);
  }

  @Override
  public void summary(ApplyResult result) {
    synchronized (out) {
      out.print(ApplyProgressText.summary(result, destroy));
      out.flush();
    }
  }

  /** Steps finish on worker threads; a line is never interleaved with another. */
  private void line(String text) {
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }
}
