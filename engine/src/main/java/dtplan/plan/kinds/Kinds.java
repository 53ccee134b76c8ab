package dtplan.plan.kinds;

import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every kind's planning knowledge, by {@link ResourceKind}: the one place that dispatches. */
public final class Kinds {
  private static final Map<ResourceKind, PlanKind<?>> BY_KIND = new EnumMap<>(ResourceKind.class);

  static {
    for (PlanKind<?> kind :
        List.of(
            new UserIdentityKind(),
            new InstanceKind(),
            new RoleAssignmentKind(),
            new EndpointKind(),
            new RouteKind(),
            new PrivateEndpointKind(),
            new PrivateEndpointConnectionKind(),
            new DataHistoryKind(),
            new DataExplorerPrincipalKind())) {
      BY_KIND.put(kind.kind(), kind);
    }
    for (ResourceKind kind : ResourceKind.values()) {
      if (!BY_KIND.containsKey(kind)) {
        throw new IllegalStateException("no planning knowledge registered for " + kind);
      }
    }
  }

  private Kinds() {}

  /** The unit of a resource's kind, typed for it. */
  @SuppressWarnings("unchecked") // each unit is registered under the kind its records report
  public static <R extends Resource> PlanKind<R> of(R resource) {
    return (PlanKind<R>) BY_KIND.get(resource.kind());
  }

  public static PlanKind<?> of(ResourceKind kind) {
    return BY_KIND.get(kind);
  }
}
