package dtplan.apply;

import java.util.List;

/** Every step of the apply with how it ended, in the order they were planned. */
public record ApplyResult(List<StepOutcome> outcomes, boolean interrupted) {
  public ApplyResult {
    outcomes = List.copyOf(outcomes);
  }

  public List<StepOutcome> with(StepOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).toList();
  }

  public boolean succeeded() {
    return !interrupted && outcomes.stream().allMatch(o -> o.status() == StepOutcome.Status.DONE);
  }
}
