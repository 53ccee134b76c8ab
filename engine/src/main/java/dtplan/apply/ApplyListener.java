package dtplan.apply;

import dtplan.plan.order.Step;
import java.time.Duration;

/** Progress of an apply, for the CLI to print. Calls come from worker threads. */
public interface ApplyListener {
  ApplyListener NONE = new ApplyListener() {};

  default void started(Step step) {}

  default void finished(StepOutcome outcome) {}

  /** A step failed transiently and will run again (its provider calls are idempotent). */
  default void retrying(Step step, int attempt, String error) {}

  /** A step that is still running, every heartbeat interval. */
  default void stillRunning(Step step, Duration elapsed) {}
}
