package dtplan.plan;

import dtplan.model.Instance;
import dtplan.model.ProvisioningStates;
import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import dtplan.plan.kinds.Kinds;
import dtplan.plan.kinds.PlanKind;
import java.util.Map;

/**
 * When a resource is replaced: an attribute its kind says Azure cannot change in place differs
 * ({@link PlanKind#replacedWhenChanged}), or its last operation failed.
 */
final class ReplaceRules {
  /**
   * The attribute a plan shows for a resource replaced because its last operation failed: not
   * managed otherwise, so it appears only then.
   */
  static final String PROVISIONING_STATE = "provisioningState";

  static final String SUCCEEDED = "Succeeded";

  private ReplaceRules() {}

  /**
   * The live resource's provisioning state when its last operation failed (so it must be replaced),
   * else null. Only instances and endpoints have long-running operations.
   */
  static String failedState(Resource live) {
    String state = Kinds.of(live).provisioningState(live);
    return ProvisioningStates.lastOperationFailed(state) ? state : null;
  }

  /**
   * Whether the live instance is replaced to become the desired one: an attribute Azure cannot
   * change in place differs, or its last operation failed. The same rules as {@link Differ}'s, for
   * what must be known before diffing (a replaced instance's system identity gets a new principal).
   */
  static boolean replaces(Instance live, Instance desired) {
    if (failedState(live) != null) {
      return true;
    }
    Map<String, Value> before = Attributes.of(live, Map.of(), Map.of());
    Map<String, Value> after = Attributes.of(desired, Map.of(), Map.of());
    for (String path : forKind(ResourceKind.INSTANCE).keySet()) {
      if (new AttributeChange(path, before.get(path), after.get(path), false).changed()) {
        return true;
      }
    }
    return false;
  }

  static Map<String, Reason> forKind(ResourceKind kind) {
    return Kinds.of(kind).replacedWhenChanged();
  }
}
