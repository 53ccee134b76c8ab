package dtplan.plan;

import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.ProvisioningStates;
import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which attributes Azure cannot change in place, and the reason a plan gives. Order matters: the
 * first changed attribute names the reason.
 */
final class ReplaceRules {
  private static final Map<String, Reason> INSTANCE = new LinkedHashMap<>();
  private static final Map<String, Reason> ENDPOINT = new LinkedHashMap<>();

  static {
    INSTANCE.put("location", Reason.LOCATION_CANNOT_CHANGE);
    ENDPOINT.put("type", Reason.ENDPOINT_TYPE_CANNOT_CHANGE);
    ENDPOINT.put("authenticationType", Reason.AUTH_TYPE_CANNOT_CHANGE_IN_PLACE);
    ENDPOINT.put("identity", Reason.IDENTITY_CANNOT_CHANGE);
    ENDPOINT.put("endpointUri", Reason.DESTINATION_CANNOT_CHANGE);
    ENDPOINT.put("entityPath", Reason.DESTINATION_CANNOT_CHANGE);
    ENDPOINT.put("topicEndpoint", Reason.DESTINATION_CANNOT_CHANGE);
  }

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
    String state =
        live instanceof Instance i
            ? i.provisioningState()
            : live instanceof Endpoint e ? e.provisioningState() : null;
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
    return INSTANCE.keySet().stream()
        .anyMatch(
            path -> new AttributeChange(path, before.get(path), after.get(path), false).changed());
  }

  static Map<String, Reason> forKind(ResourceKind kind) {
    return switch (kind) {
      case INSTANCE -> INSTANCE;
      case ENDPOINT -> ENDPOINT;
      default -> Map.of();
    };
  }
}
