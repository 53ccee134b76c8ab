package dtplan.apply;

import dtplan.plan.PlannedChange;

/** One provider call of an apply: a change and the operation to carry out for it. */
public record Step(PlannedChange change, Operation operation) {
  public String id() {
    return change.address() + " (" + operation.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }

  public String address() {
    return change.address();
  }
}
