package dtplan.azure;

import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The data-plane role assignments this provider has made. Azure honours a new assignment only after
 * it propagates ("up to 10 minutes", Azure RBAC troubleshooting docs), so a 403 on an instance that
 * one of them covers is expected for a while and worth retrying; any other 403 is final.
 */
final class DataRoleGrants {
  static final String PROPAGATING = "DataRoleAssignmentPropagating";

  private final List<RoleAssignment> made = new CopyOnWriteArrayList<>();

  void made(RoleAssignment ra) {
    if (RoleDefinitions.readsDigitalTwinsData(ra.roleDefinitionId())) {
      made.add(ra);
    }
  }

  boolean covers(String instanceId) {
    return made.stream().anyMatch(ra -> ra.covers(instanceId));
  }

  /** A 403 on a covered instance, as a condition that clears by itself; anything else unchanged. */
  AzureCallException classify(AzureCallException e, String instanceId) {
    if (e.status() != 403 || !covers(instanceId)) {
      return e;
    }
    return new AzureCallException(
        403,
        PROPAGATING,
        e.getMessage()
            + " (dtplan granted the data role on this instance moments ago; Azure takes a few"
            + " minutes to honour a new role assignment)",
        true);
  }
}
