package dtplan.cli;

import dtplan.input.InputFileException;
import dtplan.input.InputFiles;
import dtplan.plan.LiveDigests;
import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.plan.ReadRequests;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import java.io.PrintWriter;

/** Spec in, plan out: load, open the target, read live state, plan. Shared by plan and apply. */
final class Planning {
  private Planning() {}

  /**
   * A plan with the target it was read from (open: the caller closes it), or null if the spec is
   * invalid.
   */
  static Planned plan(SpecInputs inputs, TargetOptions targetOptions, PrintWriter err) {
    Spec spec =
        inputs.load(
            targetOptions.azureSubscription(), Target.fallbackSubscription(targetOptions), err);
    if (spec == null) {
      return null;
    }
    Target target = Target.open(targetOptions, spec.subscription(), err);
    try {
      ReadResponse live = target.provider().read(ReadRequests.forSpec(spec));
      Plan plan = new Planner().plan(target.description(), spec, live, specDigest(inputs));
      return new Planned(spec, plan, target);
    } catch (RuntimeException e) {
      target.close();
      throw e;
    }
  }

  private static String specDigest(SpecInputs inputs) {
    try {
      return LiveDigests.ofText(InputFiles.readText(inputs.spec, "spec"));
    } catch (InputFileException e) {
      throw new UserError("cannot read " + inputs.spec + ": " + e.getMessage());
    }
  }

  record Planned(Spec spec, Plan plan, Target target) implements AutoCloseable {
    @Override
    public void close() {
      target.close();
    }
  }
}
