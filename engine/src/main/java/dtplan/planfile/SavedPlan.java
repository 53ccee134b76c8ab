package dtplan.planfile;

import dtplan.plan.Plan;
import dtplan.provider.ReadRequest;

/**
 * A plan as saved: the plan, where it was made ({@code target}; null in files before format 1.1),
 * what to read to check it is still current, and the tool version.
 */
public record SavedPlan(
    String formatVersion,
    String toolVersion,
    SavedTarget target,
    ReadRequest readRequest,
    Plan plan) {
  /** 1.1 added {@code target}; a 1.0 file reads with none. */
  public static final String FORMAT_VERSION = "1.1";
}
