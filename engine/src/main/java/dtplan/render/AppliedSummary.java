package dtplan.render;

import dtplan.apply.ApplyResult;
import dtplan.apply.StepOutcome;
import dtplan.plan.PlannedChange;
import dtplan.plan.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an apply carried out, counted as its plan's summary line counts: a change is carried out
 * when all its steps are done (a replacement's delete and create). Both apply formats count so.
 */
final class AppliedSummary {
  private AppliedSummary() {}

  static Summary of(ApplyResult result) {
    Map<PlannedChange, Boolean> done = new LinkedHashMap<>();
    for (StepOutcome o : result.outcomes()) {
      done.merge(o.step().change(), o.status() == StepOutcome.Status.DONE, Boolean::logicalAnd);
    }
    List<PlannedChange> carriedOut =
        done.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    return Summary.of(carriedOut);
  }
}
