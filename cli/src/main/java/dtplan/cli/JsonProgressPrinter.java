package dtplan.cli;

import dtplan.apply.ApplyResult;
import dtplan.apply.StepOutcome;
import dtplan.plan.order.Step;
import dtplan.render.ApplyJsonEvents;
import java.io.PrintWriter;
import java.time.Duration;

/** Prints apply progress as JSON lines ({@link ApplyJsonEvents}) as it happens. */
final class JsonProgressPrinter implements ApplyOutput {
  private final PrintWriter out;
  private final ApplyJsonEvents events;

  JsonProgressPrinter(PrintWriter out, ApplyJsonEvents events) {
    this.out = out;
    this.events = events;
  }

  @Override
  public void started(Step step) {
    emit(events.started(step));
  }

  @Override
  public void retrying(Step step, int attempt, String error) {
    emit(events.retrying(step, attempt, error));
  }

  @Override
  public void stillRunning(Step step, Duration elapsed) {
    emit(events.stillRunning(step, elapsed));
  }

  @Override
  public void finished(StepOutcome outcome) {
    emit(events.finished(outcome));
  }

  @Override
  public void summary(ApplyResult result) {
    emit(events.finished(result));
  }

  /** Steps finish on worker threads; an event is never interleaved with another. */
  private void emit(String event) {
    synchronized (out) {
      out.println(event);
      out.flush();
    }
  }
}
