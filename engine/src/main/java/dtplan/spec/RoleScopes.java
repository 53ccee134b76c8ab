package dtplan.spec;

import dtplan.model.ArmId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a spec grants roles, by subscription. Role assignments live in the subscription of their
 * scope, and Azure lists a principal's assignments one subscription at a time, so a reader needs to
 * know every subscription besides the stack's.
 */
public final class RoleScopes {
  private RoleScopes() {}

  /** Subscriptions other than the stack's where the spec grants roles to this instance. */
  public static Set<String> otherSubscriptions(Spec spec, InstanceSpec instance) {
    List<String> scopes = new ArrayList<>();
    instance.roles().forEach(r -> scopes.add(r.scope()));
    for (RoleAssignmentSpec a : spec.roleAssignments().values()) {
      if (a.principalIsInstance() && a.principalKey().equals(instance.key())) {
        scopes.add(a.scope());
      }
    }
    return others(spec, scopes);
  }

  /** Subscriptions other than the stack's where the spec grants any role. */
  public static Set<String> otherSubscriptions(Spec spec) {
    List<String> scopes = new ArrayList<>();
    spec.instances().values().forEach(i -> i.roles().forEach(r -> scopes.add(r.scope())));
    spec.roleAssignments().values().forEach(a -> scopes.add(a.scope()));
    return others(spec, scopes);
  }

  private static Set<String> others(Spec spec, List<String> scopes) {
    Set<String> out = new TreeSet<>();
    for (String scope : scopes) {
      String sub = ArmId.segment(scope, "subscriptions");
      if (sub != null && !sub.equalsIgnoreCase(spec.subscription())) {
        out.add(sub.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
