package dtplan.plan;

import dtplan.model.ArmId;
import dtplan.model.DataExplorerPrincipal;
import dtplan.model.DataHistoryConnection;
import dtplan.model.Destination;
import dtplan.model.EndpointIdentity;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.spec.DataHistorySpec;
import dtplan.spec.InstanceSpec;
import dtplan.spec.RoleSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A data history connection as Azure wants it, derived from the spec as {@code az dt data-history
 * connection create adx} derives it (Azure/azure-iot-cli-extension, {@code
 * azext_iot/digitaltwins/providers/connection/builders.py}): the cluster's id and {@code
 * properties.uri} from the database, the namespace's id and {@code sb://} URI from the event hub.
 * Like that command, it grants the connection's identity Azure Event Hubs Data Owner on the event
 * hub, unless the instance's {@code roles} already grant it at that scope or above, and makes it an
 * Admin of the database (a principal assignment of type App, as the command's addPrincipals call
 * does).
 */
final class DataHistoryDesired {
  private final DesiredStateBuilder builder;

  DataHistoryDesired(DesiredStateBuilder builder) {
    this.builder = builder;
  }

  /** The connection, and before it the Admin principal assignment its identity needs. */
  List<Desired> of(InstanceSpec instance, String instanceId, DataHistorySpec c) {
    ResourceAddress address = Addresses.dataHistory(instance.key(), c.name());
    EndpointIdentity identity =
        c.usesSystemIdentity()
            ? EndpointIdentity.SYSTEM
            : EndpointIdentity.user(builder.identityId(c.identityKey()));
    Destination database = builder.destination(address, c.adx(), "Azure Data Explorer database");
    Destination eventHub = builder.destination(address, c.eventhub(), "event hub");
    DesiredStateBuilder.Principal principal =
        c.usesSystemIdentity()
            ? builder.systemPrincipal(instance.key())
            : builder.userPrincipal(c.identityKey());
    if (!grantedBySpec(instance, c)) {
      builder.addRoleAssignment(
          Addresses.dataHistoryEventHubRole(instance.key(), c.name()),
          RoleDefinitions.EVENT_HUBS_DATA_OWNER,
          c.eventhub(),
          principal,
          c.at(),
          RoleAssignment.SERVICE_PRINCIPAL);
    }
    Desired admin =
        new Desired(
            Addresses.dataHistoryAdxAdmin(instance.key(), c.name()),
            DataExplorerPrincipal.admin(c.adx(), principal.id()),
            principal.id() == null
                ? Map.of(RoleAssignment.PRINCIPAL_ID, principal.source())
                : Map.of(),
            c.at());
    Desired connection =
        new Desired(
            address,
            new DataHistoryConnection(
                instanceId,
                c.name(),
                upTo(c.adx(), "/databases/"),
                database == null ? null : database.dataExplorerUri(),
                ArmId.lastSegment(c.adx()),
                c.propertiesTable(),
                c.twinLifecycleTable(),
                c.relationshipLifecycleTable(),
                DesiredStateBuilder.sbUri(eventHub),
                ArmId.lastSegment(c.eventhub()),
                upTo(c.eventhub(), "/eventhubs/"),
                c.consumerGroup(),
                c.recordRemovals(),
                identity,
                null),
            Map.of(),
            c.at());
    return List.of(admin, connection);
  }

  /** Whether one of the instance's own roles gives the identity Data Owner on the event hub. */
  private boolean grantedBySpec(InstanceSpec instance, DataHistorySpec c) {
    String identity = c.usesSystemIdentity() ? RoleSpec.SYSTEM : c.identityKey();
    return instance.roles().stream()
        .anyMatch(
            r ->
                identity.equals(r.identity())
                    && ArmId.isAtOrBelow(c.eventhub(), r.scope())
                    && builder
                        .roleGuid(r.role())
                        .filter(RoleDefinitions.EVENT_HUBS_DATA_OWNER::equals)
                        .isPresent());
  }

  /** The id cut before {@code marker} ({@code /databases/} gives the cluster). */
  private static String upTo(String id, String marker) {
    String n = ArmId.normalize(id);
    int at = n.toLowerCase(Locale.ROOT).indexOf(marker);
    return at < 0 ? n : n.substring(0, at);
  }
}
