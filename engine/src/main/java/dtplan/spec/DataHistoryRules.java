package dtplan.spec;

import dtplan.diag.Diagnostics;
import dtplan.diag.SourceLocation;
import java.util.function.Supplier;

/**
 * What Azure would refuse of an instance's data history connections, checked before any call: the
 * name, the two ARM ids being of the right type, and the identity being one the instance has.
 */
final class DataHistoryRules {
  private final SpecRules rules;
  private final Locations locations;
  private final Diagnostics diagnostics;

  DataHistoryRules(SpecRules rules, Locations locations, Diagnostics diagnostics) {
    this.rules = rules;
    this.locations = locations;
    this.diagnostics = diagnostics;
  }

  void check(InstanceSpec instance, String instancePointer) {
    for (DataHistorySpec c : instance.dataHistory().values()) {
      String p = Locations.child(instancePointer + "/dataHistory", c.name());
      String where = "data history connection `" + c.name() + "`";
      rules.checkName(Names.DATA_HISTORY, c.name(), () -> locations.ofKey(p));
      rules.checkArmId(
          c.adx(),
          ArmIdShape.DATA_EXPLORER_DATABASE,
          () -> locations.of(p + "/adx"),
          () -> "`adx` of " + where);
      rules.checkArmId(
          c.eventhub(),
          ArmIdShape.EVENT_HUB,
          () -> locations.of(p + "/eventhub"),
          () -> "`eventhub` of " + where);
      checkIdentity(instance, c, p, where);
    }
  }

  private void checkIdentity(InstanceSpec instance, DataHistorySpec c, String p, String where) {
    Supplier<SourceLocation> at = () -> locations.ofValueOrKey(p + "/identity", p);
    if (c.usesSystemIdentity()) {
      rules.checkIdentityChoice(instance, RoleSpec.SYSTEM, at, () -> where);
    } else if (c.identityKey() != null) {
      rules.checkIdentityChoice(instance, c.identityKey(), at, () -> where);
    } else {
      diagnostics.error(
          at.get(),
          where + ": `identity: " + c.identity() + "` names no identity",
          "expected `system` or `identities.<key>` of an identity the instance links");
    }
  }
}
