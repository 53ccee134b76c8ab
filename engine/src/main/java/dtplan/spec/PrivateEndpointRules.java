package dtplan.spec;

import dtplan.diag.Diagnostics;
import dtplan.diag.SourceLocation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The checks of {@code privateEndpoints:} before any call: Azure's name rule, names unique in the
 * resource group (private endpoints live beside each other there, whichever instance they reach), a
 * subnet id for {@code subnet} and a private DNS zone id for {@code dnsZone}.
 */
final class PrivateEndpointRules {
  private final SpecRules rules;
  private final Spec spec;
  private final Locations locations;
  private final Diagnostics diagnostics;

  PrivateEndpointRules(SpecRules rules, Spec spec, Locations locations, Diagnostics diagnostics) {
    this.rules = rules;
    this.spec = spec;
    this.locations = locations;
    this.diagnostics = diagnostics;
  }

  void check() {
    Map<String, String> seen = new HashMap<>();
    for (InstanceSpec instance : spec.instances().values()) {
      String ip = Locations.child("/instances", instance.key());
      for (PrivateEndpointSpec pe : instance.privateEndpoints().values()) {
        String p = Locations.child(ip + "/privateEndpoints", pe.key());
        String where = "private endpoint `" + pe.key() + "` of instance `" + instance.key() + "`";
        Supplier<SourceLocation> nameAt = () -> locations.ofValueOrKey(p + "/name", p);
        rules.checkName(Names.PRIVATE_ENDPOINT, pe.name(), nameAt);
        String other =
            seen.putIfAbsent(pe.name().toLowerCase(Locale.ROOT), instance.key() + "." + pe.key());
        if (other != null) {
          diagnostics.error(
              nameAt.get(),
              where + " has the same Azure name `" + pe.name() + "` as `" + other + "`",
              "private endpoints share the stack's resource group: give one of them another"
                  + " `name:`");
        }
        rules.checkArmId(
            pe.subnet(),
            ArmIdShape.SUBNET,
            () -> locations.of(p + "/subnet"),
            () -> "`subnet` of " + where);
        if (pe.dnsZone() != null) {
          rules.checkArmId(
              pe.dnsZone(),
              ArmIdShape.PRIVATE_DNS_ZONE,
              () -> locations.of(p + "/dnsZone"),
              () -> "`dnsZone` of " + where);
        }
      }
    }
  }
}
