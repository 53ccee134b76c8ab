package dtplan.plan.order;

import dtplan.model.ArmId;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.Resource;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.model.Route;
import dtplan.plan.Action;
import dtplan.plan.PlannedChange;
import dtplan.plan.SecretTags;
import dtplan.plan.kinds.Kinds;
import java.util.Objects;

/** Facts about changes that several ordering rules ask. */
final class Changes {
  private Changes() {}

  /** An instance update that turns public network access off. */
  static boolean disablesPublicAccess(PlannedChange c) {
    return c.action() == Action.UPDATE
        && c.after() instanceof Instance after
        && c.before() instanceof Instance before
        && "Disabled".equalsIgnoreCase(after.publicNetworkAccess())
        && !"Disabled".equalsIgnoreCase(before.publicNetworkAccess());
  }

  /** Whether {@code child} lives in the instance: its endpoint, its route, a role at its scope. */
  static boolean inInstance(String instanceId, Resource child) {
    if (child instanceof RoleAssignment ra) {
      return ArmId.isAtOrBelow(ra.scope(), instanceId);
    }
    String parent = Kinds.of(child).instanceId(child);
    return parent != null && ArmId.same(instanceId, parent);
  }

  /** A role that lets the caller (or anyone) write event routes on that instance. */
  static boolean grantsDataPlaneWrite(RoleAssignment ra, String instanceId) {
    return RoleDefinitions.writesDigitalTwinsData(ra.roleDefinitionId()) && ra.covers(instanceId);
  }

  /** An instance update that changes the secret fingerprint of an endpoint updated in place. */
  static boolean recordsNewSecretOf(PlannedChange instance, PlannedChange endpointChange) {
    if (instance.action() != Action.UPDATE
        || endpointChange.action() != Action.UPDATE
        || !(endpointChange.after() instanceof Endpoint endpoint)
        || !(instance.before() instanceof Instance before)
        || !(instance.after() instanceof Instance after)
        || !ArmId.same(before.id(), endpoint.instanceId())) {
      return false;
    }
    String tag = SecretTags.tagName(endpoint.name());
    return !Objects.equals(before.tags().get(tag), after.tags().get(tag));
  }

  /** Whether a route names the endpoint. */
  static boolean routesTo(Route r, Endpoint e) {
    return ArmId.same(e.instanceId(), r.instanceId())
        && e.name().equalsIgnoreCase(r.endpointName());
  }
}
