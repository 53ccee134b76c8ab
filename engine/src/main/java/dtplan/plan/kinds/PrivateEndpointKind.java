package dtplan.plan.kinds;

import dtplan.model.PrivateEndpoint;
import dtplan.model.ResourceKind;
import dtplan.plan.LiveIndex;
import dtplan.plan.Reason;
import dtplan.plan.ResourceAddress;
import dtplan.plan.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A private endpoint that reaches an instance's {@code API} group from a subnet. */
final class PrivateEndpointKind extends NamedKind<PrivateEndpoint> {
  PrivateEndpointKind() {
    super(ResourceKind.PRIVATE_ENDPOINT, "private_endpoint");
  }

  /**
   * What Azure cannot change in place, with the source of each rule:
   *
   * <ul>
   *   <li>{@code location}: assumed (a tracked resource's location is fixed at creation), strict;
   *   <li>{@code subnet}: assumed and strict: the network interface Azure makes for the endpoint is
   *       placed in the subnet at creation, and no document found here says it can move;
   *   <li>{@code privateLinkServiceId} and {@code groupId}: assumed and strict: the connection on
   *       the target belongs to the target, so another target is another connection.
   * </ul>
   *
   * The DNS zone group is a child resource written on its own, so {@code dnsZone} changes in place.
   */
  private static final Map<String, Reason> REPLACED_WHEN_CHANGED = new LinkedHashMap<>();

  static {
    REPLACED_WHEN_CHANGED.put("location", Reason.PRIVATE_ENDPOINT_LOCATION_CANNOT_CHANGE);
    REPLACED_WHEN_CHANGED.put("subnet", Reason.SUBNET_CANNOT_CHANGE);
    REPLACED_WHEN_CHANGED.put("privateLinkServiceId", Reason.PRIVATE_LINK_TARGET_CANNOT_CHANGE);
    REPLACED_WHEN_CHANGED.put("groupId", Reason.PRIVATE_LINK_TARGET_CANNOT_CHANGE);
  }

  @Override
  public Map<String, Value> attributes(
      PrivateEndpoint pe, Map<String, ResourceAddress> unknowns, Map<String, String> secrets) {
    Map<String, Value> a = new LinkedHashMap<>();
    a.put("location", Value.of(pe.location()));
    a.put("subnet", Value.of(pe.subnet()));
    a.put("privateLinkServiceId", Value.of(pe.instanceId()));
    a.put("groupId", Value.of(pe.groupId()));
    a.put("dnsZone", pe.dnsZone() == null ? null : Value.of(pe.dnsZone()));
    Tags.put(a, pe.tags());
    return a;
  }

  @Override
  public Map<String, Reason> replacedWhenChanged() {
    return REPLACED_WHEN_CHANGED;
  }

  @Override
  public Optional<PrivateEndpoint> findLive(PrivateEndpoint desired, LiveIndex live) {
    return live.privateEndpoint(desired.id());
  }

  @Override
  public String instanceId(PrivateEndpoint pe) {
    return pe.instanceId();
  }

  /** Its connection goes with a deleted instance; the endpoint stays, disconnected. */
  @Override
  public boolean outlivesInstance() {
    return true;
  }

  @Override
  public Map<String, String> tags(PrivateEndpoint pe) {
    return pe.tags();
  }

  @Override
  public String provisioningState(PrivateEndpoint pe) {
    return pe.provisioningState();
  }
}
