package dtplan.plan;

import dtplan.spec.InstanceSpec;
import dtplan.spec.RoleScopes;
import dtplan.spec.Spec;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Role assignments live in the subscription of their scope, and Azure lists a principal's
 * assignments one subscription at a time. So that a stack finds (and can delete) the grants its
 * instance identities hold in other subscriptions even after the spec stops naming them, each
 * instance records those subscriptions in the tag {@code dtplan-role-subscriptions}.
 */
public final class RoleSubscriptionsTag {
  public static final String TAG = "dtplan-role-subscriptions";

  private RoleSubscriptionsTag() {}

  /** The subscriptions other than the stack's where the spec grants roles to this instance. */
  static Set<String> of(Spec spec, InstanceSpec instance) {
    return RoleScopes.otherSubscriptions(spec, instance);
  }

  public static String encode(Set<String> subscriptions) {
    return String.join(",", subscriptions);
  }

  /** The subscriptions a live instance's tag names; tag names are case-insensitive in ARM. */
  public static Set<String> decode(java.util.Map<String, String> tags) {
    Set<String> out = new TreeSet<>();
    tags.forEach(
        (k, v) -> {
          if (k.equalsIgnoreCase(TAG) && v != null) {
            for (String s : v.split(",")) {
              if (!s.isBlank()) {
                out.add(s.trim().toLowerCase(Locale.ROOT));
              }
            }
          }
        });
    return out;
  }
}
