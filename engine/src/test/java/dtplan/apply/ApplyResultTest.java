package dtplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.model.ResourceKind;
import dtplan.plan.Action;
import dtplan.plan.PlannedChange;
import dtplan.plan.Reason;
import dtplan.plan.order.Operation;
import dtplan.plan.order.Step;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An apply's counts are the plan's: a replacement is one change, made of two steps. */
class ApplyResultTest {
  private static PlannedChange change(String address, Action action) {
    return new PlannedChange(
        dtplan.plan.ResourceAddress.parse(address),
        ResourceKind.ENDPOINT,
        action,
        Reason.NONE,
        List.of(),
        null,
        null,
        Map.of());
  }

  private static StepOutcome outcome(PlannedChange c, Operation op, StepOutcome.Status status) {
    return new StepOutcome(new Step(c, op), status, Duration.ZERO, null);
  }

  @Test
  void aReplacementCountsOnceWhenBothItsStepsAreDone() {
    PlannedChange a = change("instances.t.endpoints.a", Action.REPLACE);
    PlannedChange b = change("instances.t.endpoints.b", Action.REPLACE);
    PlannedChange c = change("instances.t.endpoints.c", Action.CREATE);
    PlannedChange d = change("instances.t.endpoints.d", Action.DELETE);
    ApplyResult result =
        new ApplyResult(
            List.of(
                outcome(a, Operation.DELETE, StepOutcome.Status.DONE),
                outcome(a, Operation.CREATE, StepOutcome.Status.DONE),
                outcome(b, Operation.DELETE, StepOutcome.Status.DONE),
                outcome(b, Operation.CREATE, StepOutcome.Status.FAILED),
                outcome(c, Operation.CREATE, StepOutcome.Status.DONE),
                outcome(d, Operation.DELETE, StepOutcome.Status.SKIPPED)),
            false);
    assertThat(result.completed(Action.REPLACE)).isEqualTo(1);
    assertThat(result.completed(Action.CREATE)).isEqualTo(1);
    assertThat(result.completed(Action.DELETE)).isZero();
    assertThat(result.completed(Action.UPDATE)).isZero();
  }
}
