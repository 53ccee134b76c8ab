package dtplan.plan.order;

import dtplan.model.ArmId;
import dtplan.model.DataExplorerPrincipal;
import dtplan.model.DataHistoryConnection;
import dtplan.model.Endpoint;
import dtplan.model.EndpointIdentity;
import dtplan.model.Instance;
import dtplan.model.Resource;
import dtplan.model.RoleAssignment;
import dtplan.model.UserIdentity;
import dtplan.plan.PlannedChange;
import dtplan.plan.ResourceAddress;
import dtplan.plan.kinds.Kinds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which steps a rule can relate at all. Every rule relates two steps of the same instance, or two
 * steps of the same principal (an identity, its role assignments, the endpoints that use it), so
 * only pairs within such a group are tried: linear in the number of instances, not quadratic in the
 * plan.
 */
final class StepGroups {
  private final Map<String, String> principalKeys;

  StepGroups(List<PlannedChange> changes) {
    principalKeys = principalKeys(changes);
  }

  /**
   * Which principal group each principal id and each identity-providing address (as text: no
   * principal id looks like one) belongs to: {@code sys:<instance id>} for a system identity,
   * {@code uai:<identity id>} for a user one.
   */
  private static Map<String, String> principalKeys(List<PlannedChange> changes) {
    Map<String, String> keys = new HashMap<>();
    for (PlannedChange c : changes) {
      for (Resource r : new Resource[] {c.before(), c.after()}) {
        if (r instanceof Instance i) {
          keys.put(c.address().toString(), systemKey(i.id()));
          if (i.identity().principalId() != null) {
            keys.put(i.identity().principalId().toLowerCase(Locale.ROOT), systemKey(i.id()));
          }
          i.identity()
              .userPrincipalIds()
              .forEach((uai, p) -> keys.put(p.toLowerCase(Locale.ROOT), userKey(uai)));
        } else if (r instanceof UserIdentity u) {
          keys.put(c.address().toString(), userKey(u.id()));
          if (u.principalId() != null) {
            keys.put(u.principalId().toLowerCase(Locale.ROOT), userKey(u.id()));
          }
        }
      }
    }
    return keys;
  }

  List<String> of(Step step) {
    Resource r = step.resource();
    List<String> groups = new ArrayList<>();
    if (r instanceof Instance i) {
      groups.add(instanceKey(i.id()));
      groups.add(systemKey(i.id()));
      i.identity().userAssigned().forEach(u -> groups.add(userKey(u)));
      // An update that unlinks an identity still concerns it (its deletion waits for the unlink).
      if (step.live() instanceof Instance before) {
        before.identity().userAssigned().forEach(u -> groups.add(userKey(u)));
      }
    } else if (r instanceof UserIdentity u) {
      groups.add(userKey(u.id()));
    } else if (r instanceof RoleAssignment ra) {
      String key = principalKey(step, ra);
      if (key != null) {
        groups.add(key);
      }
      String instance = instanceOfScope(ra.scope());
      if (instance != null) {
        groups.add(instanceKey(instance));
      }
    }
    String parent = Kinds.of(r).instanceId(r);
    if (parent != null) {
      groups.add(instanceKey(parent));
    }
    if (r instanceof Endpoint e && e.identity() != null) {
      groups.add(identityKey(e));
    }
    if (r instanceof DataHistoryConnection c) {
      groups.add(identityKey(c.identity(), c.instanceId()));
    }
    if (r instanceof DataExplorerPrincipal p) {
      String key = principalKey(step, p.principalId());
      if (key != null) {
        groups.add(key);
      }
    }
    return groups;
  }

  /** The group of the identity an identity-based endpoint authenticates with. */
  static String identityKey(Endpoint e) {
    return identityKey(e.identity(), e.instanceId());
  }

  /** The group of an instance's identity: its system one, or a user one by id. */
  static String identityKey(EndpointIdentity identity, String instanceId) {
    return identity.isSystem() ? systemKey(instanceId) : userKey(identity.userAssignedIdentity());
  }

  /**
   * The group of the principal a role assignment grants to, or null if it is none of the plan's.
   */
  String principalKey(Step step, RoleAssignment ra) {
    return principalKey(step, ra.principalId());
  }

  /**
   * The group of the principal a grant (with that principal id, or one known after apply) is for.
   */
  String principalKey(Step step, String principalId) {
    ResourceAddress source = step.change().unknowns().get(RoleAssignment.PRINCIPAL_ID);
    if (source != null) {
      return principalKeys.get(source.toString());
    }
    return principalId == null ? null : principalKeys.get(principalId.toLowerCase(Locale.ROOT));
  }

  /** The instance a scope lies in (a data-plane role on it), or null. */
  private static String instanceOfScope(String scope) {
    String name = ArmId.segment(scope, "digitalTwinsInstances");
    if (name == null) {
      return null;
    }
    String n = ArmId.normalize(scope);
    int at = n.toLowerCase(Locale.ROOT).indexOf("/digitaltwinsinstances/") + 23;
    return n.substring(0, at + name.length());
  }

  static String instanceKey(String id) {
    return "instance:" + ArmId.normalize(id).toLowerCase(Locale.ROOT);
  }

  private static String systemKey(String instanceId) {
    return "sys:" + ArmId.normalize(instanceId).toLowerCase(Locale.ROOT);
  }

  private static String userKey(String identityId) {
    return "uai:" + ArmId.normalize(identityId).toLowerCase(Locale.ROOT);
  }
}
