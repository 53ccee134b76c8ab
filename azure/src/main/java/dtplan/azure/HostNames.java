package dtplan.azure;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Instance id to data-plane host, learned from reads and writes so route writes need no GET. */
final class HostNames {
  private final Map<String, String> byInstance = new ConcurrentHashMap<>();

  void remember(String instanceId, String hostName) {
    if (instanceId != null && hostName != null) {
      byInstance.put(key(instanceId), hostName);
    }
  }

  void forget(String instanceId) {
    byInstance.remove(key(instanceId));
  }

  String find(String instanceId) {
    return byInstance.get(key(instanceId));
  }

  private static String key(String id) {
    return dtplan.model.ArmId.normalize(id).toLowerCase(Locale.ROOT);
  }
}
