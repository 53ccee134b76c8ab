package dtplan.plan;

import dtplan.model.ArmId;
import dtplan.model.AuthType;
import dtplan.model.Endpoint;
import dtplan.model.ResourceKind;
import dtplan.model.Route;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The zero-gap alternative to replacing an endpoint that routes use: give the new endpoint a new
 * name and point the routes at it. dtplan then creates it, repoints each route in place (a route
 * PUT replaces it) and deletes the old one once no route uses it, so no route is ever missing. It
 * works only while the instance has room for both endpoints at once (Azure allows 6).
 */
final class RenameHint {
  /** Azure's limit of endpoints per instance. */
  static final int ENDPOINTS_PER_INSTANCE = 6;

  /** The longest endpoint name Azure surely accepts ({@code Names.ENDPOINT}). */
  static final int MAX_NAME = 49;

  private RenameHint() {}

  /**
   * The routes of the instance that are deleted and recreated because this endpoint is replaced.
   */
  static List<String> recreatedRoutes(PlannedChange endpoint, List<PlannedChange> changes) {
    Endpoint old = (Endpoint) endpoint.before();
    return changes.stream()
        .filter(c -> c.kind() == ResourceKind.ROUTE && c.reason() == Reason.ENDPOINT_REPLACED)
        .map(c -> (Route) c.before())
        .filter(
            r ->
                ArmId.same(r.instanceId(), old.instanceId())
                    && r.endpointName().equalsIgnoreCase(old.name()))
        .map(Route::name)
        .sorted()
        .toList();
  }

  /** The hint for a replaced endpoint whose routes are recreated, naming the exact spec change. */
  static String of(PlannedChange endpoint, List<String> routes, List<PlannedChange> changes) {
    Endpoint old = (Endpoint) endpoint.before();
    Endpoint next = (Endpoint) endpoint.after();
    int held = 1; // the renamed endpoint, created while the old one still exists
    Set<String> names = new HashSet<>();
    for (PlannedChange c : changes) {
      if (c.kind() != ResourceKind.ENDPOINT) {
        continue;
      }
      Endpoint e = (Endpoint) (c.after() != null ? c.after() : c.before());
      if (!ArmId.same(e.instanceId(), old.instanceId())) {
        continue;
      }
      held += (c.before() != null ? 1 : 0) + (c.action() == Action.CREATE ? 1 : 0);
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    if (held > ENDPOINTS_PER_INSTANCE) {
      return "renaming would not avoid the gap here: the instance would hold "
          + held
          + " endpoints at once, above Azure's limit of "
          + ENDPOINTS_PER_INSTANCE
          + ", so old endpoints would still go first";
    }
    String what = endpoint.reason() == Reason.AUTH_TYPE_CANNOT_CHANGE_IN_PLACE ? kind(next) : "new";
    return "to migrate without a gap, give the "
        + what
        + " endpoint a new name ("
        + newName(old.name(), suffix(endpoint), names)
        + ") and point "
        + (routes.size() == 1 ? "route " : "routes ")
        + String.join(", ", routes)
        + " at it; dtplan then creates it, repoints the "
        + (routes.size() == 1 ? "route" : "routes")
        + " and deletes "
        + old.name();
  }

  private static String kind(Endpoint e) {
    return e.auth() == AuthType.IDENTITY ? "identity-based" : "key-based";
  }

  /** What the new name adds: the new authentication type, when that is what changes. */
  private static String suffix(PlannedChange endpoint) {
    if (endpoint.reason() != Reason.AUTH_TYPE_CANNOT_CHANGE_IN_PLACE) {
      return "-v2";
    }
    return ((Endpoint) endpoint.after()).auth() == AuthType.IDENTITY ? "-id" : "-key";
  }

  /** A free name for the new endpoint: the old one with the suffix, shortened to fit. */
  static String newName(String old, String suffix, Set<String> taken) {
    for (int i = 1; ; i++) {
      String tail = i == 1 ? suffix : suffix + i;
      String base =
          old.length() + tail.length() > MAX_NAME
              ? old.substring(0, MAX_NAME - tail.length())
              : old;
      base = base.endsWith("-") ? base.substring(0, base.length() - 1) : base;
      String name = base + tail;
      if (!taken.contains(name.toLowerCase(Locale.ROOT))) {
        return name;
      }
    }
  }
}
