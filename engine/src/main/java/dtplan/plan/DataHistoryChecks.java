package dtplan.plan;

import dtplan.model.ArmId;
import dtplan.model.DataHistoryConnection;
import dtplan.model.Instance;
import dtplan.model.RoleDefinitions;
import dtplan.spec.DataHistorySpec;
import dtplan.spec.InstanceSpec;
import java.util.List;

/**
 * Will each data history connection record anything once the plan is applied? Its identity must be
 * enabled on the instance and hold Azure Event Hubs Data Owner on its event hub (what {@code az dt
 * data-history connection create adx} grants), at that scope or above; {@link DeliveryChecks}
 * decides what counts as held after apply.
 */
final class DataHistoryChecks {
  private final DeliveryChecks checks;
  private final List<Consequence> out;

  DataHistoryChecks(DeliveryChecks checks, List<Consequence> out) {
    this.checks = checks;
    this.out = out;
  }

  void check(InstanceSpec instance, Instance after) {
    for (DataHistorySpec spec : instance.dataHistory().values()) {
      ResourceAddress address = Addresses.dataHistory(instance.key(), spec.name());
      PlannedChange change = checks.changeAt(address);
      if (change == null || !(change.after() instanceof DataHistoryConnection c)) {
        continue;
      }
      boolean system = c.identity().isSystem();
      String userId = c.identity().userAssignedIdentity();
      boolean enabled = system ? after.identity().system() : after.identity().hasUser(userId);
      String identityName =
          system
              ? "the system identity of " + instance.key()
              : "identity " + ArmId.lastSegment(userId);
      if (!enabled) {
        out.add(
            Consequence.error(
                Consequence.Code.IDENTITY_DISABLED,
                address,
                "the data history connection authenticates with "
                    + identityName
                    + ", which will not be enabled on the instance; it would record nothing"));
        continue;
      }
      ResourceAddress principalSource =
          system ? Addresses.instance(instance.key()) : checks.identityAddress(userId);
      checks.checkRole(
          address,
          identityName,
          principalSource,
          checks.principalOf(principalSource),
          spec.eventhub(),
          RoleDefinitions.EVENT_HUBS_DATA_OWNER::equals,
          "Azure Event Hubs Data Owner",
          "twin changes will not be recorded");
    }
  }
}
