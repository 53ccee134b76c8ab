package dtplan.spec;

import dtplan.diag.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * An instance as the spec wants it. {@code userIdentities} are keys of {@link Spec#identities()};
 * {@code publicNetworkAccess} is {@code Enabled} unless the spec says otherwise. {@code dataOwners}
 * get Azure Digital Twins Data Owner on the instance, which writing event routes needs. {@code
 * lifecycle} says what of it dtplan leaves alone. {@code dataHistory} are its data history
 * connections by name.
 */
public record InstanceSpec(
    String key,
    String name,
    boolean systemIdentity,
    List<String> userIdentities,
    String publicNetworkAccess,
    Map<String, String> tags,
    List<RoleSpec> roles,
    List<DataOwnerSpec> dataOwners,
    Map<String, EndpointSpec> endpoints,
    Map<String, RouteSpec> routes,
    Map<String, DataHistorySpec> dataHistory,
    Lifecycle lifecycle,
    SourceLocation at,
    Map<String, PrivateEndpointSpec> privateEndpoints) {
  public InstanceSpec {
    userIdentities = List.copyOf(userIdentities);
    tags = Sorted.copy(tags);
    roles = List.copyOf(roles);
    dataOwners = List.copyOf(dataOwners);
    endpoints = Sorted.copy(endpoints);
    routes = Sorted.copy(routes);
    dataHistory = Sorted.copy(dataHistory == null ? Map.of() : dataHistory);
    lifecycle = lifecycle == null ? Lifecycle.NONE : lifecycle;
    privateEndpoints = Sorted.copy(privateEndpoints == null ? Map.of() : privateEndpoints);
  }

  /** An instance without lifecycle settings, private endpoints or data history connections. */
  public InstanceSpec(
      String key,
      String name,
      boolean systemIdentity,
      List<String> userIdentities,
      String publicNetworkAccess,
      Map<String, String> tags,
      List<RoleSpec> roles,
      List<DataOwnerSpec> dataOwners,
      Map<String, EndpointSpec> endpoints,
      Map<String, RouteSpec> routes,
      SourceLocation at) {
    this(
        key,
        name,
        systemIdentity,
        userIdentities,
        publicNetworkAccess,
        tags,
        roles,
        dataOwners,
        endpoints,
        routes,
        Map.of(),
        Lifecycle.NONE,
        at,
        Map.of());
  }
}
