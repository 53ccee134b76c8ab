package dtplan.plan.order;

import dtplan.model.ArmId;
import dtplan.model.Endpoint;
import dtplan.model.Instance;

/** Endpoint deletions before the instance update that takes away the identity they used. */
final class EndpointsDeletedBeforeIdentityRemoved extends NamedRule {
  EndpointsDeletedBeforeIdentityRemoved() {
    super(
        "endpoints-deleted-before-identity-removed",
        "Azure refuses to remove an identity that an endpoint still authenticates with");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return !first.writes()
        && then.operation() == Operation.UPDATE
        && first.resource() instanceof Endpoint e
        && then.live() instanceof Instance before
        && then.resource() instanceof Instance after
        && ArmId.same(e.instanceId(), after.id())
        && losesIdentityOf(e, before, after);
  }

  private static boolean losesIdentityOf(Endpoint e, Instance before, Instance after) {
    if (e.identity() == null) {
      return false;
    }
    return e.identity().isSystem()
        ? before.identity().system() && !after.identity().system()
        : before.identity().hasUser(e.identity().userAssignedIdentity())
            && !after.identity().hasUser(e.identity().userAssignedIdentity());
  }
}
