package dtplan.spec;

import dtplan.routefilter.FilterError;
import dtplan.routefilter.RouteFilter;
import java.util.Locale;
import java.util.regex.Pattern;

/** What to write instead, for the mistakes a route filter most often has. */
final class RouteFilterHints {
  private static final Pattern ENDS_WITH_NOT = Pattern.compile("(?i).*\\bnot\\s*$");

  private RouteFilterHints() {}

  static String hint(String filter, FilterError e) {
    String found = e.found();
    String before = filter.substring(0, offset(filter, e));
    switch (e.kind()) {
      case UNKNOWN_FUNCTION -> {
        String near = Suggest.nearest(found, RouteFilter.FUNCTIONS);
        return near != null
            ? "did you mean `" + near + "`?"
            : "route filters have the functions " + String.join(", ", RouteFilter.FUNCTIONS);
      }
      case WRONG_ARGUMENT_COUNT -> {
        return "a function takes a field and a string, e.g. `" + found + "(subject, 'alarm')`";
      }
      case UNTERMINATED_STRING -> {
        return "close the string with `'` on the same line; a string cannot contain `'`";
      }
      case TOO_DEEP -> {
        return "remove parentheses; AND binds before OR";
      }
      default -> {
        // The kinds left are unexpected input and unexpected end.
      }
    }
    String trimmed = filter.strip();
    if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("true")) {
      return "use `true` (lower case) to route every event, `false` to route none";
    }
    if (trimmed.equalsIgnoreCase("false")) {
      return "use `false` (lower case) to route no event";
    }
    if (found.equals("\"")) {
      return "string literals use single quotes: type = 'microsoft.iot.telemetry'";
    }
    if (found.equals("=") && before.endsWith("=")) {
      return "compare with a single `=`";
    }
    if (found.equals(">") && before.endsWith("<")) {
      return "write `!=` for \"not equal\"";
    }
    if (found.equals("&") || found.equals("|")) {
      return "combine conditions with AND and OR";
    }
    if (ENDS_WITH_NOT.matcher(before).matches()) {
      return "route filters have no NOT; use `!=`, or compare with `false`";
    }
    if (found.equals("-")) {
      return "route filters document no negative numbers; compare the other way round";
    }
    String lower = found.toLowerCase(Locale.ROOT);
    if (!found.equals(lower)
        && (lower.equals("null") || lower.equals("true") || lower.equals("false"))) {
      return "write `" + lower + "` in lower case";
    }
    return "a condition is <field> <operator> <value>, e.g. type = 'microsoft.iot.telemetry';"
        + " see docs/spec.md, Route filters";
  }

  /** The 0-based index in {@code filter} of Azure's Line/Position. */
  private static int offset(String filter, FilterError e) {
    int start = 0;
    for (int line = 1; line < e.line(); line++) {
      start = filter.indexOf('\n', start) + 1;
    }
    return Math.min(filter.length(), start + e.position() - 1);
  }
}
