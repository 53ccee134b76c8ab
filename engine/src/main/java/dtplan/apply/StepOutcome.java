package dtplan.apply;

import dtplan.plan.order.Step;
import java.time.Duration;
import java.time.Instant;

/**
 * How a step ended. {@code error} is a message fit for a person, or null. {@code started} and
 * {@code finished} are read from the applier's clock for a step that ran (done or failed), and null
 * otherwise.
 */
public record StepOutcome(
    Step step, Status status, Duration elapsed, String error, Instant started, Instant finished) {
  public StepOutcome(Step step, Status status, Duration elapsed, String error) {
    this(step, status, elapsed, error, null, null);
  }

  public enum Status {
    DONE,
    FAILED,
    SKIPPED,
    NOT_STARTED,
    /** Still running when dtplan stopped waiting after an interrupt; may be half-done. */
    ABANDONED
  }
}
