package dtplan.plan;

import dtplan.model.ArmId;
import dtplan.spec.InstanceSpec;
import dtplan.spec.PrivateEndpointSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where dtplan has to run to reach an instance whose data plane answers only its private endpoints
 * (public network access Disabled): inside the virtual network of one of the private endpoints the
 * spec gives it, named, since that is where event routes can be read and written.
 */
final class PrivateNetworkPath {
  private PrivateNetworkPath() {}

  /** "from inside virtual network vnet (…)", or the general advice without private endpoints. */
  static String runFrom(InstanceSpec instance) {
    if (instance.privateEndpoints().isEmpty()) {
      return "from a network that reaches them";
    }
    Map<String, List<String>> byNetwork = new LinkedHashMap<>();
    for (PrivateEndpointSpec pe : instance.privateEndpoints().values()) {
      byNetwork
          .computeIfAbsent(ArmId.segment(pe.subnet(), "virtualNetworks"), k -> new ArrayList<>())
          .add(pe.name());
    }
    List<String> places = new ArrayList<>();
    byNetwork.forEach(
        (vnet, names) ->
            places.add(
                "virtual network "
                    + vnet
                    + " (where private endpoint"
                    + (names.size() == 1 ? " " : "s ")
                    + String.join(" and ", names)
                    + (names.size() == 1 ? " reaches" : " reach")
                    + " it)"));
    return "from inside "
        + String.join(" or ", places)
        + ": its event routes can only be managed by a runner in that network";
  }
}
