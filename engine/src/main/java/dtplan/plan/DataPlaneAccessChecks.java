package dtplan.plan;

import dtplan.model.ArmId;
import dtplan.model.Instance;
import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.model.Route;
import dtplan.provider.Caller;
import dtplan.provider.RouteReadFailure;
import dtplan.spec.InstanceSpec;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Can dtplan itself reach each instance's data plane, where event routes live? Azure answers 403
 * unless the caller holds Azure Digital Twins Data Owner (Data Reader to only read) at the instance
 * or a scope above it, and refuses data-plane calls from public networks when public network access
 * is disabled (Azure Digital Twins docs: "Set up an instance and authentication", "Enable private
 * access with Private Link"). Checked before anything is written, from live state and the plan
 * together, so a first apply does not create an instance and its endpoints and then fail on routes.
 */
final class DataPlaneAccessChecks {
  static final String ENABLED = "Enabled";
  static final String DISABLED = "Disabled";

  private final Spec spec;
  private final List<Consequence> out;
  private final Map<ResourceAddress, PlannedChange> byAddress;
  private final Set<String> instancesWithRouteChanges = new HashSet<>();
  private final List<RoleAssignment> grantedByPlan = new ArrayList<>();
  private final Set<String> deletedByPlan = new HashSet<>();

  /** Indexes the plan once: every instance asks, and a plan can hold thousands of changes. */
  DataPlaneAccessChecks(
      Spec spec,
      List<PlannedChange> changes,
      Map<ResourceAddress, PlannedChange> byAddress,
      List<Consequence> out) {
    this.spec = spec;
    this.byAddress = byAddress;
    this.out = out;
    for (PlannedChange c : changes) {
      Route route = c.after() instanceof Route r ? r : c.before() instanceof Route b ? b : null;
      if (route != null && c.action() != Action.NO_OP) {
        instancesWithRouteChanges.add(LiveIndex.key(route.instanceId()));
      }
      if (c.kind() == ResourceKind.ROLE_ASSIGNMENT) {
        if (c.action() != Action.DELETE
            && c.after() instanceof RoleAssignment ra
            && RoleDefinitions.writesDigitalTwinsData(ra.roleDefinitionId())) {
          grantedByPlan.add(ra);
        }
        if (c.action().isDestructive() && c.before() instanceof RoleAssignment b) {
          deletedByPlan.add(LiveIndex.key(b.id()));
        }
      }
    }
  }

  void run(LiveIndex live) {
    Caller caller = live.response().caller();
    for (InstanceSpec instance : spec.instances().values()) {
      ResourceAddress address = Addresses.instance(instance.key());
      PlannedChange change = changeAt(address);
      if (change == null || !(change.after() instanceof Instance after)) {
        continue;
      }
      String id = after.id();
      RouteReadFailure failure = live.routeReadFailure(id).orElse(null);
      // Unreadable routes matter even when the spec has none: the stack owns every route of
      // its instances, and there may be some to delete.
      boolean manageRoutes =
          failure != null
              || !instance.routes().isEmpty()
              || !live.routesOf(id).isEmpty()
              || hasRouteChanges(id);
      if (!manageRoutes) {
        continue;
      }
      if (failure != null) {
        unreadable(address, id, caller, failure, change, instance);
      } else if (caller.principalId() != null && hasRouteChanges(id) && !writable(id, caller)) {
        out.add(
            Consequence.error(
                Consequence.Code.DATA_ROLE_MISSING,
                address,
                "writing the event routes of "
                    + after.name()
                    + " needs Azure Digital Twins Data Owner for the caller (object id "
                    + caller.principalId()
                    + ") on the instance or a scope above it, and it holds none; Owner and"
                    + " Contributor do not grant data-plane access. Add `dataOwners: [caller]` to"
                    + " the instance, or run: az role assignment create --assignee "
                    + caller.principalId()
                    + " --role \"Azure Digital Twins Data Owner\" --scope "
                    + id));
      }
      if (DISABLED.equalsIgnoreCase(after.publicNetworkAccess())) {
        privateDataPlane(address, after, change, instance);
      }
    }
  }

  private void unreadable(
      ResourceAddress address,
      String id,
      Caller caller,
      RouteReadFailure failure,
      PlannedChange change,
      InstanceSpec instance) {
    Instance before = (Instance) change.before();
    boolean privateOnly = before != null && DISABLED.equalsIgnoreCase(before.publicNetworkAccess());
    String refused =
        "Azure refused to list the event routes of "
            + ArmId.lastSegment(id)
            + " ("
            + failure.code()
            + ": "
            + failure.message()
            + ")";
    if (privateOnly) {
      out.add(
          Consequence.error(
              Consequence.Code.ROUTES_UNREADABLE,
              address,
              refused
                  + "; its public network access is Disabled, so its data plane answers only its"
                  + " private endpoints: run dtplan "
                  + PrivateNetworkPath.runFrom(instance)));
    } else if (grantsInThisPlan(id, caller)) {
      out.add(
          Consequence.warning(
              Consequence.Code.ROUTES_DEFERRED,
              address,
              refused
                  + "; this plan grants the caller Azure Digital Twins Data Owner on it, so its"
                  + " routes are left out of this plan: apply it, then plan again once the role"
                  + " has propagated (Azure takes up to 10 minutes)"));
    } else {
      out.add(
          Consequence.error(
              Consequence.Code.ROUTES_UNREADABLE,
              address,
              refused
                  + "; the caller"
                  + (caller.principalId() == null
                      ? ""
                      : " (object id " + caller.principalId() + ")")
                  + " needs Azure Digital Twins Data Reader to plan and Data Owner to apply. Add"
                  + " `dataOwners: [caller]` to the instance, or have an administrator grant the"
                  + " role"));
    }
  }

  private void privateDataPlane(
      ResourceAddress address, Instance after, PlannedChange change, InstanceSpec instance) {
    Instance before = change.before() instanceof Instance i ? i : null;
    boolean disabling = before != null && !DISABLED.equalsIgnoreCase(before.publicNetworkAccess());
    boolean identityChanges =
        before != null && !Objects.equals(before.identity().system(), after.identity().system())
            || before != null
                && !before.identity().userAssigned().equals(after.identity().userAssigned());
    if (disabling && identityChanges && hasRouteChanges(after.id())) {
      // Routes must be written while public access still works, yet endpoints wait for the
      // identity change in the same update: no order satisfies both.
      out.add(
          Consequence.error(
              Consequence.Code.PRIVATE_DATA_PLANE,
              address,
              "this plan changes the identity of "
                  + after.name()
                  + " and disables its public network access while its event routes change; apply"
                  + " it in two steps: first with publicNetworkAccess: Enabled, then Disabled"));
      return;
    }
    out.add(
        Consequence.warning(
            Consequence.Code.PRIVATE_DATA_PLANE,
            address,
            "public network access "
                + (disabling ? "will be" : "is")
                + " Disabled: dtplan reads and writes this instance's event routes on its data plane,"
                + " which then answers only its private endpoints, so later plans must run "
                + PrivateNetworkPath.runFrom(instance)
                + (disabling && hasRouteChanges(after.id())
                    ? "; this apply writes the routes before it disables public access"
                    : "")));
  }

  private boolean hasRouteChanges(String instanceId) {
    return instancesWithRouteChanges.contains(LiveIndex.key(instanceId));
  }

  /** After apply: a live grant the plan keeps, or one the plan makes, covers the instance. */
  private boolean writable(String instanceId, Caller caller) {
    for (RoleAssignment ra : caller.assignments()) {
      if (RoleDefinitions.writesDigitalTwinsData(ra.roleDefinitionId())
          && (ra.covers(instanceId) || aboveEverySubscription(ra.scope()))
          && !deletedByPlan(ra)) {
        return true;
      }
    }
    return grantsInThisPlan(instanceId, caller);
  }

  private boolean grantsInThisPlan(String instanceId, Caller caller) {
    return caller.principalId() != null
        && grantedByPlan.stream()
            .anyMatch(
                ra ->
                    caller.principalId().equalsIgnoreCase(ra.principalId())
                        && ra.covers(instanceId));
  }

  /**
   * The root scope or a management group: above every subscription. Azure listed it for the caller
   * at the stack's resource group, so it applies there (assignedTo lists what applies at, above and
   * below a scope).
   */
  private static boolean aboveEverySubscription(String scope) {
    String s = scope.toLowerCase(java.util.Locale.ROOT);
    return s.equals("/") || s.startsWith("/providers/microsoft.management/managementgroups/");
  }

  private boolean deletedByPlan(RoleAssignment ra) {
    return deletedByPlan.contains(LiveIndex.key(ra.id()));
  }

  private PlannedChange changeAt(ResourceAddress address) {
    return byAddress.get(address);
  }
}
