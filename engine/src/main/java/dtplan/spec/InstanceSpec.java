package dtplan.spec;

import dtplan.diag.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * An instance as the spec wants it. {@code userIdentities} are keys of {@link Spec#identities()};
 * {@code publicNetworkAccess} is {@code Enabled} unless the spec says otherwise.
 */
public record InstanceSpec(
    String key,
    String name,
    boolean systemIdentity,
    List<String> userIdentities,
    String publicNetworkAccess,
    Map<String, String> tags,
    List<RoleSpec> roles,
    Map<String, EndpointSpec> endpoints,
    Map<String, RouteSpec> routes,
    SourceLocation at) {
  public InstanceSpec {
    userIdentities = List.copyOf(userIdentities);
    tags = Sorted.copy(tags);
    roles = List.copyOf(roles);
    endpoints = Sorted.copy(endpoints);
    routes = Sorted.copy(routes);
  }
}
