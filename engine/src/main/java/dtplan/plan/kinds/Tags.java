package dtplan.plan.kinds;

import dtplan.plan.AppliedHash;
import dtplan.plan.SecretTags;
import dtplan.plan.Value;
import java.util.Map;

/** Tags as managed attributes, for the kinds that have them. */
final class Tags {
  private Tags() {}

  /** The applied-hash tag is bookkeeping: it changes exactly when other attributes do. */
  static void put(Map<String, Value> a, Map<String, String> tags) {
    tags.forEach(
        (k, v) -> {
          if (!k.equals(AppliedHash.TAG)) {
            a.put("tags." + k, k.startsWith(SecretTags.PREFIX) ? Value.sensitive(v) : Value.of(v));
          }
        });
  }
}
