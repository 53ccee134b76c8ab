package dtplan.apply;

import java.time.Duration;

/** How a step ended. {@code error} is a message fit for a person, or null. */
public record StepOutcome(Step step, Status status, Duration elapsed, String error) {
  public enum Status {
    DONE,
    FAILED,
    SKIPPED,
    NOT_STARTED,
    /** Still running when dtplan stopped waiting after an interrupt; may be half-done. */
    ABANDONED
  }
}
