package dtplan.plan.order;

import dtplan.model.Resource;
import dtplan.plan.PlannedChange;
import dtplan.plan.ResourceAddress;

/** One provider call of an apply: a change and the operation to carry out for it. */
public record Step(PlannedChange change, Operation operation) {
  public String id() {
    return change.address() + " (" + operation.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }

  public ResourceAddress address() {
    return change.address();
  }

  /** Whether the step writes (creates or updates) rather than deletes. */
  public boolean writes() {
    return operation != Operation.DELETE;
  }

  /** What the step touches: the live resource it deletes, or the desired one it writes. */
  public Resource resource() {
    return writes() ? change.after() : change.before();
  }

  /** The live resource before the step, or null when it creates. */
  public Resource live() {
    return change.before();
  }

  /**
   * An address and an operation name a step within a plan; comparing whole changes (every
   * attribute) would make each graph operation cost as much as the change is large.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Step s
        && s.operation == operation
        && s.change.address().equals(change.address());
  }

  @Override
  public int hashCode() {
    return change.address().hashCode() * 31 + operation.hashCode();
  }
}
