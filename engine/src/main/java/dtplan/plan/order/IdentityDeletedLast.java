package dtplan.plan.order;

import dtplan.model.ArmId;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.RoleAssignment;
import dtplan.model.UserIdentity;

/**
 * A user-assigned identity's deletion after everything that uses it lets go: the instance write
 * that unlinks it, the deletions of the endpoints that authenticate with it and of its role
 * assignments.
 */
final class IdentityDeletedLast extends NamedRule {
  IdentityDeletedLast() {
    super(
        "identity-deleted-last",
        "a deleted identity leaves an instance linking a principal that no longer exists, and its"
            + " role assignments behind as 'Identity not found'");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    if (then.writes() || !(then.resource() instanceof UserIdentity gone)) {
      return false;
    }
    if (first.writes()) {
      return first.resource() instanceof Instance after
          && first.live() instanceof Instance before
          && before.identity().hasUser(gone.id())
          && !after.identity().hasUser(gone.id());
    }
    if (first.resource() instanceof Endpoint e) {
      return e.identity() != null && ArmId.same(gone.id(), e.identity().userAssignedIdentity());
    }
    return first.resource() instanceof RoleAssignment ra
        && gone.principalId() != null
        && gone.principalId().equalsIgnoreCase(ra.principalId());
  }
}
