package dtplan.plan;

import dtplan.model.ResourceKind;
import dtplan.spec.Spec;
import java.util.List;

/**
 * The gates a plan passes before apply writes anything, the same for a plan made now and a saved
 * one. Deleting or replacing an instance destroys all its twin data, which no plan review should be
 * able to approve by accident, so it also needs {@code allowInstanceDeletion} (the CLI's {@code
 * --allow-instance-deletion}).
 */
public record ApplyPolicy(boolean allowInstanceDeletion) {

  public ApplyVerdict verdict(Plan plan, Spec spec) {
    if (plan.hasErrors()) {
      return new ApplyVerdict(ApplyVerdict.Gate.PLAN_HAS_ERRORS, List.of());
    }
    if (!plan.hasChanges()) {
      return new ApplyVerdict(ApplyVerdict.Gate.NO_CHANGES, List.of());
    }
    List<String> instances = instancesDestroyed(plan);
    if (!instances.isEmpty() && !allowInstanceDeletion) {
      return new ApplyVerdict(ApplyVerdict.Gate.DELETES_INSTANCES, instances);
    }
    // Last, so that it judges exactly the changes that would otherwise be carried out.
    List<String> outside = PlanOwnership.violations(plan, spec);
    if (!outside.isEmpty()) {
      return new ApplyVerdict(ApplyVerdict.Gate.WRITES_OUTSIDE_STACK, outside);
    }
    return new ApplyVerdict(ApplyVerdict.Gate.PROCEED, List.of());
  }

  /** The addresses of the instances the plan deletes or replaces. */
  static List<String> instancesDestroyed(Plan plan) {
    return plan.changes().stream()
        .filter(c -> c.kind() == ResourceKind.INSTANCE && c.action().isDestructive())
        .map(c -> c.address().toString())
        .toList();
  }
}
