package dtplan.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A fault to inject: requests whose method and normalised path match get {@code action}.
 *
 * @param method HTTP method, or "*" for any
 * @param path a glob over the normalised path ({@code *} = within one segment, {@code **} = any
 *     number of segments), or a regex when prefixed with {@code regex:}; case-insensitive
 * @param times apply to the first N matching requests (0 = unlimited, then probability decides)
 * @param probability chance per matching request when times is 0, drawn from the seeded Random
 */
public record FaultRule(
    String method,
    String path,
    FaultAction action,
    int status,
    int retryAfterSeconds,
    Duration latency,
    int times,
    double probability) {

  public FaultRule {
    method = method == null || method.isBlank() ? "*" : method.toUpperCase(Locale.ROOT);
    path = path == null || path.isBlank() ? "**" : path;
    if (action == null) {
      throw new IllegalArgumentException("action is required");
    }
    latency = latency == null ? Duration.ZERO : latency;
    if (action == FaultAction.STATUS && (status < 400 || status > 599)) {
      throw new IllegalArgumentException("status must be an HTTP error status (400-599)");
    }
    if (times < 0 || probability < 0 || probability > 1) {
      throw new IllegalArgumentException("times must be >= 0 and probability within [0, 1]");
    }
    if (times == 0 && probability == 0) {
      probability = 1;
    }
  }

  /** Answer {@code status} (429 and 503 carry {@code Retry-After: 1}) to every matching request. */
  public static FaultRule status(int status) {
    return new FaultRule("*", "**", FaultAction.STATUS, status, 1, Duration.ZERO, 0, 1);
  }

  public static FaultRule drop() {
    return new FaultRule("*", "**", FaultAction.DROP, 0, 0, Duration.ZERO, 0, 1);
  }

  public static FaultRule latency(Duration d) {
    return new FaultRule("*", "**", FaultAction.LATENCY, 0, 0, d, 0, 1);
  }

  public static FaultRule failLro() {
    return new FaultRule("*", "**", FaultAction.FAIL_LRO, 0, 0, Duration.ZERO, 0, 1);
  }

  public FaultRule on(String m, String pathGlob) {
    return new FaultRule(
        m, pathGlob, action, status, retryAfterSeconds, latency, times, probability);
  }

  public FaultRule times(int n) {
    return new FaultRule(method, path, action, status, retryAfterSeconds, latency, n, 0);
  }

  public FaultRule withProbability(double p) {
    return new FaultRule(method, path, action, status, retryAfterSeconds, latency, 0, p);
  }

  public FaultRule withRetryAfter(int seconds) {
    return new FaultRule(method, path, action, status, seconds, latency, times, probability);
  }

  boolean matches(String m, String normalisedPath) {
    if (!method.equals("*") && !method.equalsIgnoreCase(m)) {
      return false;
    }
    return compiled().matcher(normalisedPath).matches();
  }

  Pattern compiled() {
    if (path.startsWith("regex:")) {
      return Pattern.compile(path.substring(6), Pattern.CASE_INSENSITIVE);
    }
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '*' && i + 1 < path.length() && path.charAt(i + 1) == '*') {
        re.append(".*");
        i++;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
  }
}
