package dtplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.plan.ApplyVerdict;
import dtplan.plan.ApplyVerdict.Gate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What apply says on stderr when a gate stops it; the CLI prints these lines as they are. */
class ApplyVerdictTextTest {
  @Test
  void aPlanWithErrors() {
    assertThat(ApplyVerdictText.lines(new ApplyVerdict(Gate.PLAN_HAS_ERRORS, List.of())))
        .containsExactly("Error: this plan has errors and cannot be applied; nothing was changed.");
  }

  @Test
  void anInstanceDeletionSaysHowToAllowIt() {
    assertThat(
            ApplyVerdictText.lines(
                new ApplyVerdict(Gate.DELETES_INSTANCES, List.of("instances.old"))))
        .containsExactly(
            "Error: this plan deletes or replaces an instance, which destroys all its twin data.",
            "  Nothing was changed. Run again with --allow-instance-deletion if that is intended.");
  }

  @Test
  void writingOutsideTheStackListsEachChange() {
    assertThat(
            ApplyVerdictText.lines(
                new ApplyVerdict(Gate.WRITES_OUTSIDE_STACK, List.of("instances.a: x", "b: y"))))
        .containsExactly(
            "Error: this plan would write outside the stack; nothing was changed:",
            "  - instances.a: x",
            "  - b: y");
  }

  @Test
  void nothingWhenApplyGoesOn() {
    assertThat(ApplyVerdictText.lines(new ApplyVerdict(Gate.PROCEED, List.of()))).isEmpty();
    assertThat(ApplyVerdictText.lines(new ApplyVerdict(Gate.NO_CHANGES, List.of()))).isEmpty();
  }
}
