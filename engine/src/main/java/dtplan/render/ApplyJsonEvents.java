package dtplan.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.apply.ApplyResult;
import dtplan.apply.RouteGap;
import dtplan.apply.StepOutcome;
import dtplan.diag.Severity;
import dtplan.plan.Plan;
import dtplan.plan.Summary;
import dtplan.plan.order.Step;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Apply progress for machines ({@code apply --format json}): each event one JSON object on one
 * line, so CI can follow an apply without parsing prose. The stream opens with {@link #planned},
 * has step events while applying, and ends with {@link #finished(ApplyResult)}. The clock stamps
 * the step events; it is passed in so that tests can fix it.
 */
public final class ApplyJsonEvents {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Clock clock;

  public ApplyJsonEvents(Clock clock) {
    this.clock = clock;
  }

  /** What the plan will do, in its own words; the one event without a timestamp. */
  public String planned(Plan plan) {
    return planned(plan, null);
  }

  /**
   * As above, saying which stack lock this run holds ({@code lock}: the blob, as {@code <container
   * id>/<stack>.lock}), when it holds one.
   */
  public String planned(Plan plan, String lock) {
    ObjectNode e = JSON.createObjectNode();
    e.put("type", "planned");
    e.put("target", plan.target());
    Summary counts = plan.summary();
    e.put("add", counts.add());
    e.put("change", counts.change());
    e.put("replace", counts.replace());
    e.put("destroy", counts.destroy());
    e.put(
        "errors", plan.consequences().stream().filter(c -> c.severity() == Severity.ERROR).count());
    e.put(
        "warnings",
        plan.consequences().stream().filter(c -> c.severity() == Severity.WARNING).count());
    if (lock != null) {
      e.put("lock", lock);
    }
    return e.toString();
  }

  public String started(Step step) {
    return event("step_started", step).toString();
  }

  public String retrying(Step step, int attempt, String error) {
    return event("step_retrying", step).put("attempt", attempt).put("error", error).toString();
  }

  public String stillRunning(Step step, Duration elapsed) {
    return event("step_running", step).put("elapsed_ms", elapsed.toMillis()).toString();
  }

  public String finished(StepOutcome outcome) {
    ObjectNode e = event("step_finished", outcome.step());
    e.put("status", lower(outcome.status()));
    e.put("elapsed_ms", outcome.elapsed().toMillis());
    if (outcome.error() != null) {
      e.put("error", outcome.error());
    }
    return e.toString();
  }

  public String finished(ApplyResult result) {
    ObjectNode e = JSON.createObjectNode();
    e.put("type", "apply_finished");
    e.put("timestamp", clock.instant().toString());
    e.put("interrupted", result.interrupted());
    for (StepOutcome.Status status : StepOutcome.Status.values()) {
      e.put(lower(status), result.with(status).size());
    }
    // Changes carried out, in the plan's words (the `planned` event's add/change/replace/destroy).
    Summary applied = AppliedSummary.of(result);
    e.put("added", applied.add());
    e.put("changed", applied.change());
    e.put("replaced", applied.replace());
    e.put("destroyed", applied.destroy());
    // Per instance, how long events had no route (RouteGap): absent instances had none missing.
    ArrayNode gaps = e.putArray("routes_missing");
    for (RouteGap gap : RouteGap.of(result)) {
      ObjectNode g = gaps.addObject();
      g.put("instance", gap.instance());
      g.put("missing_ms", gap.missing().toMillis());
      gap.stillMissing().forEach(g.putArray("still_missing")::add);
    }
    return e.toString();
  }

  private ObjectNode event(String type, Step step) {
    ObjectNode e = JSON.createObjectNode();
    e.put("type", type);
    e.put("timestamp", clock.instant().toString());
    e.put("address", step.address().toString());
    e.put("operation", lower(step.operation()));
    return e;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
