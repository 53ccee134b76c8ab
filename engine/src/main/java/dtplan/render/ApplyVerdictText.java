package dtplan.render;

import dtplan.plan.ApplyVerdict;
import java.util.ArrayList;
import java.util.List;

/** Why apply stops before writing anything, as lines for stderr; nothing when it does not stop. */
public final class ApplyVerdictText {
  private ApplyVerdictText() {}

  public static List<String> lines(ApplyVerdict verdict) {
    return switch (verdict.gate()) {
      case PLAN_HAS_ERRORS ->
          List.of("Error: this plan has errors and cannot be applied; nothing was changed.");
      case DELETES_INSTANCES ->
          List.of(
              "Error: this plan deletes or replaces an instance, which destroys all its twin data.",
              "  Nothing was changed. Run again with --allow-instance-deletion if that is"
                  + " intended.");
      case WRITES_OUTSIDE_STACK -> {
        List<String> lines = new ArrayList<>();
        lines.add("Error: this plan would write outside the stack; nothing was changed:");
        verdict.details().forEach(d -> lines.add("  - " + d));
        yield lines;
      }
      case NO_CHANGES, PROCEED -> List.of();
    };
  }
}
