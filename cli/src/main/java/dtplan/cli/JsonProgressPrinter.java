package dtplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.apply.ApplyResult;
import dtplan.apply.RouteGap;
import dtplan.apply.StepOutcome;
import dtplan.plan.Summary;
import dtplan.plan.order.Step;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Apply progress for machines: one JSON object per line ({@code apply --format json}), so CI can
 * follow an apply without parsing prose.
 */
final class JsonProgressPrinter implements ApplyOutput {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PrintWriter out;

  JsonProgressPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void started(Step step) {
    emit(event("step_started", step));
  }

  @Override
  public void retrying(Step step, int attempt, String error) {
    emit(event("step_retrying", step).put("attempt", attempt).put("error", error));
  }

  @Override
  public void stillRunning(Step step, Duration elapsed) {
    emit(event("step_running", step).put("elapsed_ms", elapsed.toMillis()));
  }

  @Override
  public void finished(StepOutcome outcome) {
    ObjectNode e = event("step_finished", outcome.step());
    e.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
    e.put("elapsed_ms", outcome.elapsed().toMillis());
    if (outcome.error() != null) {
      e.put("error", outcome.error());
    }
    emit(e);
  }

  @Override
  public void summary(ApplyResult result) {
    ObjectNode e = JSON.createObjectNode();
    e.put("type", "apply_finished");
    e.put("timestamp", Instant.now().toString());
    e.put("interrupted", result.interrupted());
    for (StepOutcome.Status status : StepOutcome.Status.values()) {
      e.put(status.name().toLowerCase(Locale.ROOT), result.with(status).size());
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
    emit(e);
  }

  private static ObjectNode event(String type, Step step) {
    ObjectNode e = JSON.createObjectNode();
    e.put("type", type);
    e.put("timestamp", Instant.now().toString());
    e.put("address", step.address().toString());
    e.put("operation", step.operation().name().toLowerCase(Locale.ROOT));
    return e;
  }

  private void emit(ObjectNode event) {
    synchronized (out) {
      out.println(event.toString());
      out.flush();
    }
  }
}
