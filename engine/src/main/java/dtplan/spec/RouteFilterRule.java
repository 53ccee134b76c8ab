package dtplan.spec;

import dtplan.diag.Diagnostics;
import dtplan.diag.SourceLocation;
import dtplan.routefilter.FilterError;
import dtplan.routefilter.RouteFilter;

/**
 * A route's filter must parse with Azure's grammar (module {@code routefilter}), or Azure answers
 * the apply's PUT with 400 {@code EventRouteFilterInvalid} after the endpoints are already made.
 * The finding points at the character Azure would name; when the file does not spell the filter
 * verbatim on one line, at the filter's start, with Azure's Line/Position in the message.
 */
final class RouteFilterRule {
  private RouteFilterRule() {}

  /** {@code pointer} is the route's JSON Pointer ({@code /instances/i/routes/all}). */
  static void check(RouteSpec route, String pointer, Locations locations, Diagnostics diagnostics) {
    FilterError e = RouteFilter.check(route.filter()).orElse(null);
    if (e == null) {
      return;
    }
    String at = pointer + "/filter";
    SourceLocation exact =
        e.line() == 1
            ? ScalarChars.at(locations, at, route.filter(), e.position() - 1).orElse(null)
            : null;
    String where =
        exact != null ? "" : " at Azure's Line=" + e.line() + ", Position=" + e.position();
    diagnostics.error(
        exact != null ? exact : locations.ofValueOrKey(at, pointer),
        "route `"
            + route.name()
            + "`: the filter is invalid"
            + where
            + ": "
            + e.message()
            + "; expected "
            + e.expected(),
        RouteFilterHints.hint(route.filter(), e));
  }
}
