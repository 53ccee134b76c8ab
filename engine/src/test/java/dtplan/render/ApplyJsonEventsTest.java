package dtplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dtplan.apply.ApplyResult;
import dtplan.apply.StepOutcome;
import dtplan.fixtures.Fixtures;
import dtplan.plan.Consequence;
import dtplan.plan.Plan;
import dtplan.plan.PlannedChange;
import dtplan.plan.order.Operation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The apply JSON stream is read by CI scripts: each event, field by field and in order, is the
 * contract. The clock is fixed so that the timestamps are too.
 */
class ApplyJsonEventsTest {
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.678Z");
  private static final ApplyJsonEvents EVENTS =
      new ApplyJsonEvents(Clock.fixed(NOW, ZoneOffset.UTC));
  private static final String STAMP = "\"timestamp\":\"2026-01-02T03:04:05.678Z\"";

  record Case(String reason, String rendered, String expected) {
    @Override
    public String toString() {
      return reason;
    }
  }

  static Stream<Case> cases() {
    var create = ApplySteps.createInstance();
    var deleteRoute = ApplySteps.replaceRoute("a", Operation.DELETE);
    return Stream.of(
        new Case(
            "planned counts changes by action and consequences by severity",
            EVENTS.planned(plan()),
            "{\"type\":\"planned\",\"target\":\"sandbox at http://127.0.0.1:1\",\"add\":1,"
                + "\"change\":0,\"replace\":0,\"destroy\":0,\"errors\":1,\"warnings\":2}"),
        new Case(
            "a run that holds the stack's lock says which",
            EVENTS.planned(plan(), "/subscriptions/s/containers/locks/factory.lock"),
            "{\"type\":\"planned\",\"target\":\"sandbox at http://127.0.0.1:1\",\"add\":1,"
                + "\"change\":0,\"replace\":0,\"destroy\":0,\"errors\":1,\"warnings\":2,"
                + "\"lock\":\"/subscriptions/s/containers/locks/factory.lock\"}"),
        new Case(
            "a step starts",
            EVENTS.started(create),
            "{\"type\":\"step_started\","
                + STAMP
                + ",\"address\":\"instances.twins\",\"operation\":\"create\"}"),
        new Case(
            "a step is retried, with the attempt and Azure's error",
            EVENTS.retrying(deleteRoute, 2, "TooManyRequests: slow \"down\""),
            "{\"type\":\"step_retrying\","
                + STAMP
                + ",\"address\":\"instances.twins.routes.a\",\"operation\":\"delete\","
                + "\"attempt\":2,\"error\":\"TooManyRequests: slow \\\"down\\\"\"}"),
        new Case(
            "a heartbeat says how long the step has run",
            EVENTS.stillRunning(create, Duration.ofMillis(10_250)),
            "{\"type\":\"step_running\","
                + STAMP
                + ",\"address\":\"instances.twins\",\"operation\":\"create\",\"elapsed_ms\":10250}"),
        new Case(
            "a step that finished has no error field",
            EVENTS.finished(ApplySteps.ran(create, StepOutcome.Status.DONE, 0, 2)),
            "{\"type\":\"step_finished\","
                + STAMP
                + ",\"address\":\"instances.twins\",\"operation\":\"create\","
                + "\"status\":\"done\",\"elapsed_ms\":2000}"),
        new Case(
            "a step that failed carries its error",
            EVENTS.finished(ApplySteps.ran(create, StepOutcome.Status.FAILED, 0, 1)),
            "{\"type\":\"step_finished\","
                + STAMP
                + ",\"address\":\"instances.twins\",\"operation\":\"create\","
                + "\"status\":\"failed\",\"elapsed_ms\":1000,\"error\":\"Conflict: busy\"}"),
        new Case(
            "a step never started is said in snake case",
            EVENTS.finished(
                new StepOutcome(create, StepOutcome.Status.NOT_STARTED, Duration.ZERO, null)),
            "{\"type\":\"step_finished\","
                + STAMP
                + ",\"address\":\"instances.twins\",\"operation\":\"create\","
                + "\"status\":\"not_started\",\"elapsed_ms\":0}"),
        new Case(
            "the end counts outcomes, changes in the plan's words, and routes still missing",
            EVENTS.finished(ApplySteps.routesLeftMissing()),
            "{\"type\":\"apply_finished\","
                + STAMP
                + ",\"interrupted\":false,\"done\":4,\"failed\":1,\"skipped\":0,"
                + "\"not_started\":0,\"abandoned\":0,\"added\":1,\"changed\":0,\"replaced\":1,"
                + "\"destroyed\":0,\"routes_missing\":[{\"instance\":\"instances.twins\","
                + "\"missing_ms\":5000,\"still_missing\":[\"b\"]}]}"),
        new Case(
            "an interrupted apply with nothing done",
            EVENTS.finished(new ApplyResult(List.of(), true)),
            "{\"type\":\"apply_finished\","
                + STAMP
                + ",\"interrupted\":true,\"done\":0,\"failed\":0,\"skipped\":0,"
                + "\"not_started\":0,\"abandoned\":0,\"added\":0,\"changed\":0,\"replaced\":0,"
                + "\"destroyed\":0,\"routes_missing\":[]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersEachEventOnOneLine(Case c) throws Exception {
    assertThat(c.rendered()).as(c.reason()).isEqualTo(c.expected());
    assertThat(c.rendered()).doesNotContain("\n");
    assertThat(new ObjectMapper().readTree(c.rendered()).isObject()).isTrue();
  }

  private static Plan plan() {
    PlannedChange create = ApplySteps.createInstance().change();
    return new Plan(
        "sandbox at http://127.0.0.1:1",
        "test",
        Fixtures.SUB,
        "rg-test",
        "spec.yaml",
        "digest",
        List.of(create),
        List.of(
            Consequence.error(Consequence.Code.IDENTITY_DISABLED, "instances.twins", "e"),
            Consequence.warning(Consequence.Code.ROLE_MISSING, "instances.twins", "w1"),
            Consequence.warning(Consequence.Code.DELIVERY_GAP, "instances.twins", "w2")),
        Map.of());
  }
}
