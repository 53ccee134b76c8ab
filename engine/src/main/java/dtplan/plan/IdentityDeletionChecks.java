package dtplan.plan;

import dtplan.model.DataExplorerPrincipal;
import dtplan.model.DataHistoryConnection;
import dtplan.model.Endpoint;
import dtplan.model.EndpointIdentity;
import dtplan.model.Instance;
import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.model.UserIdentity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 14: deleting a user identity the stack created is a change of its own, but what breaks is
 * elsewhere. The reviewer sees, on the identity, everything that used it: what this plan unlinks or
 * destroys before it goes (ordering rule {@code identity-deleted-last}), and what Azure keeps using
 * a principal that no longer exists.
 *
 * <p>Azure does not delete a deleted principal's role assignments; they stay, shown as "Identity
 * not found" (Azure RBAC troubleshooting, "Role assignments with identity not found"). And a new
 * identity of the same name is a new principal, so nothing granted to this one carries over.
 */
final class IdentityDeletionChecks {
  private final List<PlannedChange> changes;
  private final List<Consequence> out;

  IdentityDeletionChecks(List<PlannedChange> changes, List<Consequence> out) {
    this.changes = changes;
    this.out = out;
  }

  /**
   * {@code live} is what was read; {@code untouched} the live role assignments no change in the
   * plan touches, foreign ones included.
   */
  void run(LiveIndex live, List<RoleAssignment> untouched) {
    // Indexed only for a plan that deletes an identity: most delete none (issue 19).
    Map<String, PlannedChange> changeByLiveId = null;
    for (PlannedChange c : changes) {
      if (c.kind() == ResourceKind.USER_IDENTITY
          && c.action() == Action.DELETE
          && c.before() instanceof UserIdentity identity) {
        changeByLiveId = changeByLiveId != null ? changeByLiveId : byLiveId(live);
        describe(c, identity, live, untouched, changeByLiveId);
      }
    }
  }

  private Map<String, PlannedChange> byLiveId(LiveIndex live) {
    Map<String, PlannedChange> out = new HashMap<>();
    for (PlannedChange c : changes) {
      if (c.before() != null) {
        out.put(live.keyOf(c.before()), c);
      }
    }
    return out;
  }

  private void describe(
      PlannedChange deletion,
      UserIdentity identity,
      LiveIndex live,
      List<RoleAssignment> untouched,
      Map<String, PlannedChange> changeByLiveId) {
    String id = LiveIndex.key(identity.id());
    List<String> goFirst = new ArrayList<>();
    List<String> stillUsing = new ArrayList<>();
    for (Instance instance : live.response().instances()) {
      if (instance.identity().userAssigned().stream().noneMatch(u -> LiveIndex.key(u).equals(id))) {
        continue;
      }
      PlannedChange c = changeByLiveId.get(LiveIndex.key(instance.id()));
      if (c == null) {
        stillUsing.add("instance " + instance.id() + " links it");
      } else {
        goFirst.add(c.address() + (c.action() == Action.UPDATE ? " unlinks it" : " is " + past(c)));
      }
      for (Endpoint e : live.endpointsOf(instance.id())) {
        if (keptUsing(e.id(), e.identity(), id, changeByLiveId, goFirst)) {
          stillUsing.add(
              "endpoint "
                  + e.name()
                  + " of "
                  + instance.name()
                  + " authenticates with it and will stop delivering");
        }
      }
      for (DataHistoryConnection connection : live.response().dataHistory()) {
        if (LiveIndex.key(connection.instanceId()).equals(LiveIndex.key(instance.id()))
            && keptUsing(connection.id(), connection.identity(), id, changeByLiveId, goFirst)) {
          stillUsing.add(
              "data history connection "
                  + connection.name()
                  + " of "
                  + instance.name()
                  + " authenticates with it and will stop recording");
        }
      }
    }
    String principal =
        identity.principalId() == null ? null : identity.principalId().toLowerCase(Locale.ROOT);
    for (PlannedChange c : changes) {
      if (c.kind() == ResourceKind.ROLE_ASSIGNMENT
          && c.action().isDestructive()
          && c.before() instanceof RoleAssignment ra
          && heldBy(ra, principal)) {
        goFirst.add(c.address() + " (" + grant(ra) + ") is " + past(c));
      }
    }
    for (DataExplorerPrincipal admin : live.response().dataExplorerPrincipals()) {
      if (principal == null || !principal.equalsIgnoreCase(admin.principalId())) {
        continue;
      }
      PlannedChange c = changeByLiveId.get(LiveIndex.key(admin.id()));
      if (c != null && c.action().isDestructive()) {
        goFirst.add(
            c.address() + " (" + admin.role() + " of " + admin.databaseId() + ") is " + past(c));
      } else {
        stillUsing.add(
            admin.role()
                + " of database "
                + admin.databaseId()
                + " stays in Azure Data Explorer for a principal that no longer exists");
      }
    }
    for (RoleAssignment ra : untouched) {
      if (heldBy(ra, principal)) {
        stillUsing.add(
            "role assignment "
                + grant(ra)
                + " stays in Azure as \"Identity not found\" until someone deletes it");
      }
    }
    StringBuilder message =
        new StringBuilder("deletes this identity, which the stack created (principal ")
            .append(identity.principalId() == null ? "unknown" : identity.principalId())
            .append(")");
    message.append(
        goFirst.isEmpty()
            ? "; nothing this stack manages used it"
            : "; before it goes, this plan: " + String.join("; ", goFirst));
    if (!stillUsing.isEmpty()) {
      message.append(". Still using it after apply: ").append(String.join("; ", stillUsing));
    }
    message.append(
        ". An identity created again under this name is a new principal: nothing granted to this"
            + " one carries over");
    out.add(
        Consequence.warning(
            Consequence.Code.IDENTITY_DELETED, deletion.address(), message.toString()));
  }

  /**
   * Whether an instance child (endpoint, connection) still authenticates with the identity {@code
   * id} after the plan; one the plan destroys first goes in {@code goFirst} instead.
   */
  private static boolean keptUsing(
      String childId,
      EndpointIdentity identity,
      String id,
      Map<String, PlannedChange> changeByLiveId,
      List<String> goFirst) {
    if (identity == null
        || identity.isSystem()
        || !LiveIndex.key(identity.userAssignedIdentity()).equals(id)) {
      return false;
    }
    PlannedChange c = changeByLiveId.get(LiveIndex.key(childId));
    if (c != null && c.action().isDestructive()) {
      goFirst.add(c.address() + " is " + past(c));
      return false;
    }
    return true;
  }

  private static boolean heldBy(RoleAssignment ra, String principal) {
    return principal != null
        && ra.principalId() != null
        && ra.principalId().toLowerCase(Locale.ROOT).equals(principal);
  }

  private static String grant(RoleAssignment ra) {
    return RoleDefinitions.displayName(RoleDefinitions.guidOf(ra.roleDefinitionId()))
        + " on "
        + ra.scope();
  }

  private static String past(PlannedChange c) {
    return c.action() == Action.REPLACE ? "replaced" : "destroyed";
  }
}
