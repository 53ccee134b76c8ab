package dtplan.apply;

import dtplan.plan.Action;
import dtplan.plan.ResourceAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * How many planned changes of {@code action} were carried out, in the plan's words: a REPLACE is
   * one change (its DELETE and CREATE steps), counted when both are done.
   */
  public long completed(Action action) {
    Map<ResourceAddress, Boolean> done = new LinkedHashMap<>();
    for (StepOutcome o : outcomes) {
      if (o.step().change().action() == action) {
        done.merge(o.step().address(), o.status() == StepOutcome.Status.DONE, Boolean::logicalAnd);
      }
    }
    return done.values().stream().filter(d -> d).count();
  }
}
