package dtplan.planfile;

import dtplan.plan.Plan;
import java.util.Optional;

/**
 * A plan as saved: the plan, where it was made and the tool version. (Its apply order, for {@code
 * show --graph}, follows from its changes; it is not saved.) {@code edited}, on a plan read from a
 * file, is the first place where the file's documented plan is not what its saved section gives:
 * the file was edited, and {@link SavedPlanCheck} refuses it.
 */
public record SavedPlan(
    String toolVersion, SavedTarget target, Plan plan, Optional<String> edited) {
  /** 2.0: the saved plan became the documented JSON plan plus a {@code saved} section. */
  public static final String FORMAT_VERSION = dtplan.render.JsonRenderer.FORMAT_VERSION;

  public SavedPlan(String toolVersion, SavedTarget target, Plan plan) {
    this(toolVersion, target, plan, Optional.empty());
  }
}
