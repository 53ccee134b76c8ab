package dtplan.azure;

import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.Instance;
import dtplan.model.ResourceKind;
import dtplan.model.Route;
import dtplan.provider.ProviderListener;
import dtplan.provider.RouteReadFailure;
import java.util.List;
import java.util.Set;

/**
 * Event routes, on the data plane of their instance: their read (one list per instance, a 403
 * making them unknown), create, update and delete calls. A route to an endpoint that is still
 * activating is refused with EventRouteEndpointInvalid for a few minutes, and a caller whose data
 * role dtplan has just granted gets 403 until it propagates; both are retried.
 */
final class RouteWriter implements KindWriter<Route> {
  static final String ENDPOINT_INVALID = "EventRouteEndpointInvalid";

  private final GenericResources arm;
  private final EventRoutes routes;
  private final HostNames hostNames;
  private final ConditionRetry conditions;
  private final ProviderListener listener;
  private final DataRoleGrants grants;

  RouteWriter(
      GenericResources arm,
      EventRoutes routes,
      HostNames hostNames,
      ConditionRetry conditions,
      DataRoleGrants grants,
      ProviderListener listener) {
    this.grants = grants;
    this.arm = arm;
    this.routes = routes;
    this.hostNames = hostNames;
    this.conditions = conditions;
    this.listener = listener;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.ROUTE;
  }

  @Override
  public Route write(Route desired, Route prior) {
    return put(desired, prior != null);
  }

  Route put(Route desired, boolean update) {
    String id = desired.id();
    Context ctx = RetryReporting.context(listener, id);
    String action = (update ? "Updating" : "Creating") + " event route " + id;
    return Failures.guard(
        action,
        id,
        () -> {
          String host = hostName(desired.instanceId(), ctx);
          if (host == null) {
            throw new AzureCallException(
                404,
                "ParentResourceNotFound",
                "Instance " + desired.instanceId() + " does not exist or has no host name yet.",
                false);
          }
          conditions.run(
              id,
              Set.of(ENDPOINT_INVALID, DataRoleGrants.PROPAGATING),
              () -> {
                try {
                  routes.put(host, desired, ctx);
                } catch (AzureCallException e) {
                  throw grants.classify(e, desired.instanceId());
                }
                return null;
              });
          return new Route(
              desired.instanceId(), desired.name(), desired.endpointName(), desired.filter());
        });
  }

  /** A route whose instance is gone is gone too. */
  @Override
  public boolean delete(Route prior) {
    String id = prior.id();
    Context ctx = RetryReporting.context(listener, id);
    return Failures.guard(
        "Deleting event route " + id,
        id,
        () -> {
          String host = hostName(prior.instanceId(), ctx);
          return host != null
              && conditions.run(
                  id,
                  Set.of(DataRoleGrants.PROPAGATING),
                  () -> {
                    try {
                      return routes.delete(host, prior.name(), ctx);
                    } catch (AzureCallException e) {
                      throw grants.classify(e, prior.instanceId());
                    }
                  });
        });
  }

  private String hostName(String instanceId, Context ctx) {
    String known = hostNames.find(instanceId);
    if (known != null) {
      return known;
    }
    JsonNode instance = arm.get(instanceId, ApiVersions.DIGITAL_TWINS, ctx);
    String host = Json.text(instance, "properties", "hostName");
    hostNames.remember(instanceId, host);
    return host;
  }

  /**
   * The instance's routes, or why Azure refused to list them: a 403 (no data role, or public access
   * disabled) makes them unknown rather than failing the whole read, so the plan can say what to
   * do.
   */
  List<?> list(Instance instance) {
    return Failures.guard(
        "Listing the event routes of " + instance.id(),
        instance.id(),
        () -> {
          try {
            return routes.list(instance.hostName(), instance.id(), ctx(instance.id()));
          } catch (AzureCallException e) {
            if (e.status() != 403) {
              throw e;
            }
            return List.of(new RouteReadFailure(instance.id(), e.code(), e.getMessage()));
          }
        });
  }

  private Context ctx(String resourceId) {
    return RetryReporting.context(listener, resourceId);
  }
}
