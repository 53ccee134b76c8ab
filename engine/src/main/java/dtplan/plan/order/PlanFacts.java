package dtplan.plan.order;

import dtplan.model.DataExplorerPrincipal;
import dtplan.model.Endpoint;
import dtplan.model.EndpointIdentity;
import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.plan.InstanceLimits;
import dtplan.plan.PlannedChange;
import java.util.List;
import java.util.Set;

/** What a rule may need to know about the whole plan rather than the two steps it orders. */
public final class PlanFacts {
  private final Set<String> crowdedWithEndpoints;
  private final Set<String> crowdedWithRoutes;

  private final StepGroups groups;

  PlanFacts(List<PlannedChange> changes, StepGroups groups) {
    this.groups = groups;
    crowdedWithEndpoints = InstanceLimits.crowded(changes, ResourceKind.ENDPOINT);
    crowdedWithRoutes = InstanceLimits.crowded(changes, ResourceKind.ROUTE);
  }

  /** Whether the role assignment step grants to the identity the endpoint authenticates with. */
  public boolean grantsToIdentityOf(Step assignment, Endpoint endpoint) {
    return endpoint.identity() != null
        && grantsTo(assignment, endpoint.identity(), endpoint.instanceId());
  }

  /** Whether the role assignment step grants to that identity of the instance. */
  public boolean grantsTo(Step assignment, EndpointIdentity identity, String instanceId) {
    String principal =
        assignment.resource() instanceof RoleAssignment ra
            ? groups.principalKey(assignment, ra)
            : assignment.resource() instanceof DataExplorerPrincipal p
                ? groups.principalKey(assignment, p.principalId())
                : null;
    return StepGroups.identityKey(identity, instanceId).equals(principal);
  }

  /**
   * Whether creating every new resource of {@code kind} on the instance before deleting the old
   * ones would pass Azure's limit of six.
   */
  public boolean crowded(String instanceId, ResourceKind kind) {
    Set<String> crowded = kind == ResourceKind.ENDPOINT ? crowdedWithEndpoints : crowdedWithRoutes;
    return crowded.contains(InstanceLimits.key(instanceId));
  }
}
