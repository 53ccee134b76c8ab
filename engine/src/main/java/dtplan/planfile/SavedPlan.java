package dtplan.planfile;

import dtplan.plan.Plan;
import dtplan.provider.ReadRequest;

/** A plan as saved: the plan, what to read to check it is still current, and the tool version. */
public record SavedPlan(
    String formatVersion, String toolVersion, ReadRequest readRequest, Plan plan) {
  public static final String FORMAT_VERSION = "1.0";
}
