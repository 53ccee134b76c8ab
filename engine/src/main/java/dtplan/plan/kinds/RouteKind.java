package dtplan.plan.kinds;

import dtplan.model.ResourceKind;
import dtplan.model.Route;
import dtplan.plan.LiveIndex;
import dtplan.plan.ResourceAddress;
import dtplan.plan.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An event route, on the instance's data plane. Everything can change in place (a PUT of the
 * route); a route is replaced only when its endpoint is ({@code Differ}'s cascade).
 */
final class RouteKind extends NamedKind<Route> {
  RouteKind() {
    super(ResourceKind.ROUTE, "route");
  }

  @Override
  public Map<String, Value> attributes(
      Route r, Map<String, ResourceAddress> unknowns, Map<String, String> secrets) {
    Map<String, Value> a = new LinkedHashMap<>();
    a.put("endpoint", Value.of(r.endpointName()));
    a.put("filter", Value.of(r.filter()));
    return a;
  }

  /** By exact name, as routes always were matched; endpoints, named in ARM, ignore case. */
  @Override
  public Optional<Route> findLive(Route desired, LiveIndex live) {
    // A loop, not a stream: asked once per route of the plan (issue 19).
    for (Route r : live.routesOf(desired.instanceId())) {
      if (r.name().equals(desired.name())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Override
  public String instanceId(Route r) {
    return r.instanceId();
  }
}
