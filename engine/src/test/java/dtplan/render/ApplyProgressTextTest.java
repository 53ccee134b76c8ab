package dtplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.apply.ApplyResult;
import dtplan.apply.StepOutcome;
import dtplan.plan.order.Operation;
import dtplan.plan.order.Step;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Apply progress as people read it, line by line. */
class ApplyProgressTextTest {
  private final Step create = ApplySteps.createInstance();

  @Test
  void stepLinesSayWhatHappensToWhichAddress() {
    assertThat(ApplyProgressText.started(create)).isEqualTo("instances.twins: Creating...");
    assertThat(ApplyProgressText.stillRunning(create, Duration.ofMillis(20_900)))
        .isEqualTo("instances.twins: Still creating... [20s elapsed]");
    assertThat(ApplyProgressText.retrying(create, 2, "TooManyRequests"))
        .isEqualTo(
            "instances.twins: transient failure, trying the step again (attempt 2):"
                + " TooManyRequests");
  }

  @Test
  void endLinesGiveSecondsWithATenthUnderOne() {
    assertThat(ApplyProgressText.finished(ApplySteps.ran(create, StepOutcome.Status.DONE, 0, 12)))
        .contains("instances.twins: Creation complete after 12s");
    assertThat(
            ApplyProgressText.finished(
                new StepOutcome(create, StepOutcome.Status.DONE, Duration.ofMillis(250), null)))
        .contains("instances.twins: Creation complete after 0.3s");
    assertThat(ApplyProgressText.finished(ApplySteps.ran(create, StepOutcome.Status.FAILED, 0, 1)))
        .contains("instances.twins: Creation FAILED after 1s: Conflict: busy");
    assertThat(
            ApplyProgressText.finished(
                new StepOutcome(
                    create,
                    StepOutcome.Status.SKIPPED,
                    Duration.ZERO,
                    "skipped: instances.other failed")))
        .contains("instances.twins: skipped (instances.other failed)");
    assertThat(
            ApplyProgressText.finished(
                new StepOutcome(create, StepOutcome.Status.NOT_STARTED, Duration.ZERO, null)))
        .isEqualTo(Optional.empty());
  }

  @Test
  void whatAzureSaysCannotDriveTheTerminal() {
    assertThat(ApplyProgressText.retrying(create, 1, "bad\u001b[2Jname"))
        .doesNotContain("\u001b")
        .contains("bad\\u001b[2Jname");
  }

  @Test
  void aSuccessCountsInThePlansWords() {
    ApplyResult result =
        new ApplyResult(
            List.of(
                ApplySteps.ran(create, StepOutcome.Status.DONE, 0, 1),
                ApplySteps.ran(
                    ApplySteps.replaceRoute("a", Operation.DELETE), StepOutcome.Status.DONE, 1, 2),
                ApplySteps.ran(
                    ApplySteps.replaceRoute("a", Operation.CREATE), StepOutcome.Status.DONE, 2, 4)),
            false);
    assertThat(ApplyProgressText.summary(result))
        .isEqualTo(
            "\nApply complete! Resources: 1 added, 0 changed, 1 replaced, 0 destroyed.\n"
                + "instances.twins: routes were missing for 3.0s (from the first route deleted to"
                + " the last recreated)\n");
  }

  @Test
  void aDestroySaysSoInItsOwnWords() {
    ApplyResult result =
        new ApplyResult(
            List.of(
                ApplySteps.ran(
                    ApplySteps.replaceRoute("a", Operation.DELETE), StepOutcome.Status.DONE, 0, 1)),
            false);
    assertThat(ApplyProgressText.summary(result, true))
        .startsWith("\nDestroy complete! Resources: ")
        .doesNotContain("Apply");
    assertThat(ApplyProgressText.summary(ApplySteps.routesLeftMissing(), true))
        .startsWith("\nDestroy failed.");
  }

  @Test
  void aFailureListsWhatDidNotCompleteAndWhatIsStillMissing() {
    assertThat(ApplyProgressText.summary(ApplySteps.routesLeftMissing()))
        .isEqualTo(
            """

            Apply failed.
              done: 4, failed: 1, skipped: 0, not started: 0
              failed      instances.twins.routes.b (create): Conflict: busy
            Run `dtplan plan` again to see exactly what remains; nothing that succeeded is lost.
            instances.twins: routes b are still missing, 5.0s after the first was deleted
            """);
  }

  @Test
  void anInterruptionIsSaidAsSuch() {
    assertThat(ApplyProgressText.summary(new ApplyResult(List.of(), true)))
        .startsWith("\nApply interrupted.\n  done: 0, failed: 0, skipped: 0, not started: 0\n");
  }
}
