package dtplan.apply;

import dtplan.model.ResourceKind;
import dtplan.model.Route;
import dtplan.plan.Action;
import dtplan.plan.order.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long an instance had routes missing during an apply: from the start of the first route
 * deleted because its endpoint is replaced to the end of the last one recreated, on the applier's
 * clock. Both ends are the outer edges of the calls, so the figure never understates the gap.
 * Routes deleted because they left the spec are not missing; routes repointed in place (the rename)
 * never are.
 *
 * @param instance the instance's address
 * @param missing the time routes were missing; up to the end of the apply when some still are
 * @param stillMissing routes deleted whose recreation did not succeed, sorted
 */
public record RouteGap(String instance, Duration missing, List<String> stillMissing) {
  public RouteGap {
    stillMissing = List.copyOf(stillMissing);
  }

  /** One gap per instance where a route was deleted to be recreated, in plan order. */
  public static List<RouteGap> of(ApplyResult result) {
    Map<String, List<StepOutcome>> byInstance = new LinkedHashMap<>();
    Instant end = null;
    for (StepOutcome o : result.outcomes()) {
      if (o.finished() != null && (end == null || o.finished().isAfter(end))) {
        end = o.finished();
      }
      if (o.step().change().kind() == ResourceKind.ROUTE
          && o.step().change().action() == Action.REPLACE) {
        byInstance
            .computeIfAbsent(o.step().address().instance().toString(), k -> new ArrayList<>())
            .add(o);
      }
    }
    List<RouteGap> out = new ArrayList<>();
    for (Map.Entry<String, List<StepOutcome>> e : byInstance.entrySet()) {
      RouteGap gap = gap(e.getKey(), e.getValue(), end);
      if (gap != null) {
        out.add(gap);
      }
    }
    return out;
  }

  private static RouteGap gap(String instance, List<StepOutcome> routes, Instant applyEnd) {
    Instant first = null;
    Instant last = null;
    List<String> stillMissing = new ArrayList<>();
    for (StepOutcome delete : routes) {
      if (delete.step().operation() != Operation.DELETE
          || delete.status() != StepOutcome.Status.DONE) {
        continue;
      }
      first = first == null || delete.started().isBefore(first) ? delete.started() : first;
      StepOutcome create =
          routes.stream()
              .filter(
                  o ->
                      o.step().operation() == Operation.CREATE
                          && o.step().address().equals(delete.step().address()))
              .findFirst()
              .orElse(null);
      if (create == null || create.status() != StepOutcome.Status.DONE) {
        stillMissing.add(((Route) delete.step().change().before()).name());
      } else if (last == null || create.finished().isAfter(last)) {
        last = create.finished();
      }
    }
    if (first == null) {
      return null;
    }
    Instant until = stillMissing.isEmpty() ? last : applyEnd;
    return new RouteGap(
        instance, Duration.between(first, until), stillMissing.stream().sorted().toList());
  }
}
