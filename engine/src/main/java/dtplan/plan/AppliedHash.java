package dtplan.plan;

import dtplan.model.Instance;
import java.util.Map;
import java.util.TreeMap;

/**
 * How dtplan tells drift from a spec edit without a state file: each instance it writes carries, in
 * the tag {@code dtplan-applied}, a hash of the managed attributes it wrote. Live attributes whose
 * hash differs from that tag were changed outside dtplan since.
 */
public final class AppliedHash {
  public static final String TAG = "dtplan-applied";

  private AppliedHash() {}

  /** The hash of an instance's managed attributes, leaving out dtplan's own bookkeeping tags. */
  static String of(Instance instance) {
    Map<String, Object> managed = new TreeMap<>();
    managed.put("location", instance.location());
    managed.put("identity.system", instance.identity().system());
    managed.put("identity.user", instance.identity().userAssigned());
    managed.put("publicNetworkAccess", instance.publicNetworkAccess());
    Map<String, String> tags = new TreeMap<>(instance.tags());
    tags.keySet().removeIf(k -> k.equals(TAG) || k.startsWith(SecretTags.PREFIX));
    managed.put("tags", tags);
    return LiveDigests.digest(managed);
  }

  /** Whether the live instance was changed outside dtplan since dtplan last wrote it. */
  public static boolean driftedOutside(Instance live) {
    String recorded = live.tags().get(TAG);
    return recorded != null && !recorded.equals(of(live));
  }
}
