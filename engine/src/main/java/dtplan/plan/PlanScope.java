package dtplan.plan;

import java.util.List;

/**
 * What a plan covers besides the spec: a destroy plan deletes everything the stack owns; {@code
 * targets} (Terraform's {@code -target}) keep only the changes of those resources and of what they
 * need, which makes the plan partial; {@code replace} (Terraform's {@code -replace}) forces those
 * resources to be deleted and created again. A saved plan records its scope, so that apply derives
 * the same plan again.
 */
public record PlanScope(
    boolean destroy, List<ResourceAddress> targets, List<ResourceAddress> replace) {
  /** Everything the spec says, nothing more: the plan without options. */
  public static final PlanScope FULL = new PlanScope(false, List.of(), List.of());

  public PlanScope {
    targets = List.copyOf(targets);
    replace = List.copyOf(replace);
  }

  /** A targeted plan leaves out changes that are pending; it must say so. */
  public boolean partial() {
    return !targets.isEmpty();
  }
}
