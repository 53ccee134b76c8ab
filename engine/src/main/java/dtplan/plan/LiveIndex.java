package dtplan.plan;

import dtplan.model.ArmId;
import dtplan.model.Destination;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.Route;
import dtplan.model.UserIdentity;
import dtplan.provider.ReadResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Live state indexed by case-insensitive ARM id, the way Azure compares ids. */
final class LiveIndex {
  private final ReadResponse live;
  private final Map<String, Instance> instances;
  private final Map<String, UserIdentity> identities;
  private final Map<String, Destination> destinations;

  LiveIndex(ReadResponse live) {
    this.live = live;
    this.instances = byId(live.instances(), Instance::id);
    this.identities = byId(live.userIdentities(), UserIdentity::id);
    this.destinations = byId(live.destinations(), Destination::id);
  }

  ReadResponse response() {
    return live;
  }

  Optional<Instance> instance(String id) {
    return Optional.ofNullable(instances.get(key(id)));
  }

  Optional<UserIdentity> userIdentity(String id) {
    return Optional.ofNullable(identities.get(key(id)));
  }

  Optional<Destination> destination(String id) {
    return Optional.ofNullable(destinations.get(key(id)));
  }

  Optional<String> roleDefinition(String name) {
    return live.roleDefinitions().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  List<Endpoint> endpointsOf(String instanceId) {
    return live.endpoints().stream().filter(e -> ArmId.same(e.instanceId(), instanceId)).toList();
  }

  List<Route> routesOf(String instanceId) {
    return live.routes().stream().filter(r -> ArmId.same(r.instanceId(), instanceId)).toList();
  }

  static String key(String id) {
    return ArmId.normalize(id).toLowerCase(Locale.ROOT);
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(i -> key(id.apply(i)), i -> i, (a, b) -> a));
  }
}
