package dtplan.plan.kinds;

import dtplan.model.Instance;
import dtplan.model.ResourceKind;
import dtplan.plan.AppliedHash;
import dtplan.plan.LiveIndex;
import dtplan.plan.Reason;
import dtplan.plan.ResourceAddress;
import dtplan.plan.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An Azure Digital Twins instance. */
final class InstanceKind extends NamedKind<Instance> {
  InstanceKind() {
    super(ResourceKind.INSTANCE, "instance");
  }

  /**
   * The REST spec marks {@code location} {@code x-ms-mutability: [create, read]} (DOMAIN.md section
   * 2); tags, identity and public network access are patched.
   */
  private static final Map<String, Reason> REPLACED_WHEN_CHANGED =
      Map.of("location", Reason.LOCATION_CANNOT_CHANGE);

  @Override
  public Map<String, Value> attributes(
      Instance i, Map<String, ResourceAddress> unknowns, Map<String, String> secrets) {
    Map<String, Value> a = new LinkedHashMap<>();
    a.put("name", Value.of(i.name()));
    a.put("location", Value.of(i.location()));
    a.put("identity.system", Value.of(Boolean.toString(i.identity().system())));
    if (!i.identity().userAssigned().isEmpty()) {
      a.put("identity.user", Value.of(String.join(", ", i.identity().userAssigned())));
    }
    a.put("publicNetworkAccess", Value.of(i.publicNetworkAccess()));
    Tags.put(a, i.tags());
    return a;
  }

  @Override
  public Map<String, Reason> replacedWhenChanged() {
    return REPLACED_WHEN_CHANGED;
  }

  @Override
  public Optional<Instance> findLive(Instance desired, LiveIndex live) {
    return live.instance(desired.id());
  }

  @Override
  public Map<String, String> tags(Instance i) {
    return i.tags();
  }

  @Override
  public String managedOnceAdopted() {
    return "its tags, endpoints and routes completely (those the spec does not name are deleted)";
  }

  @Override
  public String provisioningState(Instance i) {
    return i.provisioningState();
  }

  @Override
  public boolean driftedOutside(Instance live) {
    return AppliedHash.driftedOutside(live);
  }
}
