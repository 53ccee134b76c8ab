package dtplan.plan;

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

  private ReplaceRules() {}

  static Map<String, Reason> forKind(ResourceKind kind) {
    return switch (kind) {
      case INSTANCE -> INSTANCE;
      case ENDPOINT -> ENDPOINT;
      default -> Map.of();
    };
  }
}
