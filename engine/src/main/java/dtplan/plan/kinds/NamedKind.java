package dtplan.plan.kinds;

import dtplan.model.Resource;
import dtplan.model.ResourceKind;

/** A kind's identity: which one it is and what plans call it. */
abstract class NamedKind<R extends Resource> implements PlanKind<R> {
  private final ResourceKind kind;
  private final String displayName;

  NamedKind(ResourceKind kind, String displayName) {
    this.kind = kind;
    this.displayName = displayName;
  }

  @Override
  public final ResourceKind kind() {
    return kind;
  }

  @Override
  public final String displayName() {
    return displayName;
  }
}
