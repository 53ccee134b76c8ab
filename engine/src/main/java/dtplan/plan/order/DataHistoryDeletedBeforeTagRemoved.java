package dtplan.plan.order;

import dtplan.model.ArmId;
import dtplan.model.DataHistoryConnection;
import dtplan.model.Instance;
import dtplan.plan.DataHistoryTag;

/**
 * The deletion of an instance's last data history connections before the instance update that drops
 * its {@link DataHistoryTag}: a read lists connections only where the tag is, so were the tag gone
 * first and a deletion then failed, no later plan would find the connection again.
 */
final class DataHistoryDeletedBeforeTagRemoved extends NamedRule {
  DataHistoryDeletedBeforeTagRemoved() {
    super(
        "data-history-deleted-before-tag-removed",
        "without the instance's data history tag dtplan no longer reads its connections");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return !first.writes()
        && then.operation() == Operation.UPDATE
        && first.resource() instanceof DataHistoryConnection c
        && then.live() instanceof Instance before
        && then.resource() instanceof Instance after
        && ArmId.same(c.instanceId(), after.id())
        && DataHistoryTag.on(before.tags())
        && !DataHistoryTag.on(after.tags());
  }
}
