package dtplan.plan;

import dtplan.model.ArmId;
import dtplan.model.PrivateEndpoint;
import dtplan.model.PrivateEndpointConnection;
import dtplan.spec.InstanceSpec;
import dtplan.spec.PrivateEndpointSpec;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The private endpoints an instance's spec asks for, and the approval of their connections that
 * wait on the instance. Azure approves a connection at once when whoever creates the private
 * endpoint may approve it on the target (privateLinkServiceConnections, "Automatic"); otherwise it
 * waits as Pending for the target's owner (learn.microsoft.com/azure/private-link/
 * manage-private-endpoint, "Manage Private Endpoints"). dtplan manages the instance, so it
 * approves.
 */
final class PrivateEndpointsDesired {
  /** The states an owner leaves a connection in when it refuses it. */
  private static final List<String> REFUSED = List.of("Rejected", "Disconnected");

  private PrivateEndpointsDesired() {}

  static String id(Spec spec, PrivateEndpointSpec pe) {
    return spec.resourceGroupId() + "/providers/Microsoft.Network/privateEndpoints/" + pe.name();
  }

  static List<Desired> of(
      Spec spec,
      InstanceSpec instance,
      String instanceId,
      LiveIndex live,
      List<Consequence> consequences) {
    List<Desired> out = new ArrayList<>();
    for (PrivateEndpointSpec pe : instance.privateEndpoints().values()) {
      String id = id(spec, pe);
      PrivateEndpoint desired =
          new PrivateEndpoint(
              id,
              instanceId,
              pe.location() != null ? pe.location() : spec.location(),
              ArmId.normalize(pe.subnet()),
              PrivateEndpoint.API_GROUP,
              pe.dnsZone() == null ? null : ArmId.normalize(pe.dnsZone()),
              Map.of(SecretTags.STACK_TAG, spec.stack()),
              null);
      out.add(
          new Desired(
              Addresses.privateEndpoint(instance.key(), pe.key()), desired, Map.of(), pe.at()));
      for (PrivateEndpointConnection c : live.connectionsOf(id)) {
        if (!ArmId.same(c.instanceId(), instanceId)) {
          continue;
        }
        if (REFUSED.stream().anyMatch(r -> r.equalsIgnoreCase(c.status()))) {
          // Approval applies to a waiting request only; a refused one is asked again by a new
          // private endpoint (manage-private-endpoint: "Rejected", "Disconnected").
          ResourceAddress address = Addresses.privateEndpoint(instance.key(), pe.key());
          consequences.add(
              Consequence.warning(
                  Consequence.Code.CONNECTION_NOT_APPROVED,
                  address,
                  "the instance's connection for private endpoint "
                      + pe.name()
                      + " is "
                      + c.status()
                      + ", so nothing reaches the instance through it; replace the private"
                      + " endpoint to ask again: dtplan apply --replace "
                      + address));
        }
        if (PrivateEndpointConnection.PENDING.equalsIgnoreCase(c.status())) {
          out.add(
              new Desired(
                  Addresses.privateEndpointConnection(instance.key(), pe.key(), c.name()),
                  new PrivateEndpointConnection(
                      instanceId,
                      c.name(),
                      id,
                      PrivateEndpointConnection.APPROVED,
                      "Approved by dtplan stack " + spec.stack()),
                  Map.of(),
                  pe.at()));
        }
      }
    }
    return out;
  }
}
