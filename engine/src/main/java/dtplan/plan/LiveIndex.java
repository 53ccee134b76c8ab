package dtplan.plan;

import dtplan.model.ArmId;
import dtplan.model.DataExplorerPrincipal;
import dtplan.model.DataHistoryConnection;
import dtplan.model.Destination;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.PrivateEndpoint;
import dtplan.model.PrivateEndpointConnection;
import dtplan.model.Resource;
import dtplan.model.RoleAssignment;
import dtplan.model.Route;
import dtplan.model.UserIdentity;
import dtplan.provider.ReadResponse;
import dtplan.provider.RouteReadFailure;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Live state indexed by case-insensitive ARM id, the way Azure compares ids. */
public final class LiveIndex {
  private final ReadResponse live;
  private final Map<String, Instance> instances;
  private final Map<String, UserIdentity> identities;
  private final Map<String, Destination> destinations;
  private final Map<String, List<Endpoint>> endpointsByInstance;
  private final Map<String, List<Route>> routesByInstance;
  private final Map<String, List<DataHistoryConnection>> dataHistoryByInstance;
  private final Map<String, RoleAssignment> assignmentsByGrant;
  private final Map<String, RouteReadFailure> routeReadFailures;
  private final Map<String, PrivateEndpoint> privateEndpoints;
  private final Map<String, List<PrivateEndpointConnection>> connectionsByEndpoint;

  /**
   * Each id's {@link #key} once per plan: planning looks the same ids up many times, and each key
   * was a fresh normalised, lower-case copy of the id (issue 19).
   */
  private final Map<String, String> keys = new HashMap<>();

  /**
   * Each resource's key by the record itself: the ids of endpoints, routes and role assignments are
   * built anew on each call, so hashing them to find their key cost as much as the key saved.
   * Planning passes the same live and desired records around, so each is keyed once (issue 19).
   */
  private final Map<Resource, String> resourceKeys;

  LiveIndex(ReadResponse live) {
    this.live = live;
    // Sized for the live records and as many desired ones, so it does not grow step by step.
    this.resourceKeys = new IdentityHashMap<>(2 * LiveDigests.count(live));
    this.instances = byId(live.instances(), Instance::id);
    this.identities = byId(live.userIdentities(), UserIdentity::id);
    this.destinations = byId(live.destinations(), Destination::id);
    this.endpointsByInstance =
        live.endpoints().stream().collect(Collectors.groupingBy(e -> keyOf(e.instanceId())));
    this.routesByInstance =
        live.routes().stream().collect(Collectors.groupingBy(r -> keyOf(r.instanceId())));
    this.dataHistoryByInstance =
        live.dataHistory().stream().collect(Collectors.groupingBy(c -> keyOf(c.instanceId())));
    this.assignmentsByGrant =
        byId(
            live.roleAssignments().stream().filter(ra -> ra.principalId() != null).toList(),
            LiveIndex::grant);
    this.routeReadFailures = byId(live.routeReadFailures(), RouteReadFailure::instanceId);
    this.privateEndpoints = byId(live.privateEndpoints(), PrivateEndpoint::id);
    this.connectionsByEndpoint =
        live.privateEndpointConnections().stream()
            .filter(c -> c.privateEndpointId() != null)
            .collect(Collectors.groupingBy(c -> keyOf(c.privateEndpointId())));
  }

  public Optional<PrivateEndpoint> privateEndpoint(String id) {
    return Optional.ofNullable(privateEndpoints.get(keyOf(id)));
  }

  /** The connections instances list for the private endpoint (one per instance it reaches). */
  public List<PrivateEndpointConnection> connectionsOf(String privateEndpointId) {
    return connectionsByEndpoint.getOrDefault(keyOf(privateEndpointId), List.of());
  }

  /** Why Azure refused to list the instance's routes, if it did: they are unknown, not absent. */
  Optional<RouteReadFailure> routeReadFailure(String instanceId) {
    return Optional.ofNullable(routeReadFailures.get(keyOf(instanceId)));
  }

  ReadResponse response() {
    return live;
  }

  public Optional<Instance> instance(String id) {
    return Optional.ofNullable(instances.get(keyOf(id)));
  }

  public Optional<UserIdentity> userIdentity(String id) {
    return Optional.ofNullable(identities.get(keyOf(id)));
  }

  Optional<Destination> destination(String id) {
    return Optional.ofNullable(destinations.get(keyOf(id)));
  }

  Optional<String> roleDefinition(String name) {
    return live.roleDefinitions().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  public List<Endpoint> endpointsOf(String instanceId) {
    return endpointsByInstance.getOrDefault(keyOf(instanceId), List.of());
  }

  public List<Route> routesOf(String instanceId) {
    return routesByInstance.getOrDefault(keyOf(instanceId), List.of());
  }

  /** The live assignment of the same role on the same database to the same principal. */
  public Optional<DataExplorerPrincipal> sameDataExplorerPrincipal(DataExplorerPrincipal desired) {
    return desired.principalId() == null
        ? Optional.empty()
        : live.dataExplorerPrincipals().stream()
            .filter(
                p ->
                    ArmId.same(p.databaseId(), desired.databaseId())
                        && desired.principalId().equalsIgnoreCase(p.principalId())
                        && desired.role().equalsIgnoreCase(p.role()))
            .findFirst();
  }

  public List<DataHistoryConnection> dataHistoryOf(String instanceId) {
    return dataHistoryByInstance.getOrDefault(keyOf(instanceId), List.of());
  }

  /** The live assignment granting the same role to the same principal at the same scope. */
  public Optional<RoleAssignment> sameGrant(RoleAssignment desired) {
    return desired.principalId() == null
        ? Optional.empty()
        : Optional.ofNullable(assignmentsByGrant.get(key(grant(desired))));
  }

  /** What makes two assignments the same grant, whatever their names. */
  static String grant(RoleAssignment ra) {
    return key(ra.scope())
        + "|"
        + ra.principalId().toLowerCase(Locale.ROOT)
        + "|"
        + ra.roleDefinitionId().toLowerCase(Locale.ROOT);
  }

  /** {@link #key}, remembered for the life of this index. */
  String keyOf(String id) {
    return keys.computeIfAbsent(id, LiveIndex::key);
  }

  /** The key of the resource's id, remembered for the life of this index. */
  String keyOf(Resource r) {
    String k = resourceKeys.get(r);
    if (k == null) {
      k = key(r.id());
      resourceKeys.put(r, k);
    }
    return k;
  }

  static String key(String id) {
    return ArmId.normalize(id).toLowerCase(Locale.ROOT);
  }

  private <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(i -> keyOf(id.apply(i)), i -> i, (a, b) -> a));
  }
}
