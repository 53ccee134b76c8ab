package dtplan.plan.kinds;

import dtplan.model.PrivateEndpointConnection;
import dtplan.model.ResourceKind;
import dtplan.plan.LiveIndex;
import dtplan.plan.Reason;
import dtplan.plan.ResourceAddress;
import dtplan.plan.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The connection Azure makes on an instance for a private endpoint. dtplan never creates or deletes
 * one (the private endpoint does); it only approves one that waits: desired state exists only for a
 * live connection of the stack's private endpoints.
 */
final class PrivateEndpointConnectionKind extends NamedKind<PrivateEndpointConnection> {
  PrivateEndpointConnectionKind() {
    super(ResourceKind.PRIVATE_ENDPOINT_CONNECTION, "private_endpoint_connection");
  }

  @Override
  public Map<String, Value> attributes(
      PrivateEndpointConnection c,
      Map<String, ResourceAddress> unknowns,
      Map<String, String> secrets) {
    Map<String, Value> a = new LinkedHashMap<>();
    a.put("privateEndpoint", Value.of(c.privateEndpointId()));
    a.put("status", Value.of(c.status()));
    return a;
  }

  @Override
  public Optional<PrivateEndpointConnection> findLive(
      PrivateEndpointConnection desired, LiveIndex live) {
    return live.connectionsOf(desired.privateEndpointId()).stream()
        .filter(c -> c.name().equalsIgnoreCase(desired.name()))
        .findFirst();
  }

  @Override
  public String instanceId(PrivateEndpointConnection c) {
    return c.instanceId();
  }

  @Override
  public Reason updateReason(PrivateEndpointConnection live) {
    return Reason.CONNECTION_PENDING;
  }

  @Override
  public String managedOnceAdopted() {
    return "its approval";
  }
}
