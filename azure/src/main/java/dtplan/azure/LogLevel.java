package dtplan.azure;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How much dtplan tells about its HTTP calls on stderr, from {@code DTPLAN_LOG} (like Terraform's
 * {@code TF_LOG}): {@code off} (the default), {@code debug} (each call's method, URL, status, time
 * and attempt, and stack traces of errors), {@code trace} (also headers and bodies). Secrets are
 * redacted at every level ({@link Redactor}). {@code DTPLAN_DEBUG}, the older switch for stack
 * traces, means {@code debug}.
 */
public enum LogLevel {
  OFF,
  DEBUG,
  TRACE;

  public static final String VARIABLE = "DTPLAN_LOG";
  public static final String LEGACY_VARIABLE = "DTPLAN_DEBUG";

  /** The level a value of {@code DTPLAN_LOG} names; empty for a value that names none. */
  public static Optional<LogLevel> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(OFF);
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "off", "0", "false", "none" -> Optional.of(OFF);
      case "debug", "1", "true" -> Optional.of(DEBUG);
      case "trace" -> Optional.of(TRACE);
      default -> Optional.empty();
    };
  }

  /** The level an environment asks for; a value that names no level is off. */
  public static LogLevel of(Map<String, String> env) {
    LogLevel level = parse(env.get(VARIABLE)).orElse(OFF);
    String legacy = env.get(LEGACY_VARIABLE);
    if (level == OFF && legacy != null && !legacy.isBlank()) {
      return parse(legacy).orElse(DEBUG) == OFF ? OFF : DEBUG;
    }
    return level;
  }

  public static LogLevel fromEnvironment() {
    return of(System.getenv());
  }

  public boolean atLeast(LogLevel other) {
    return compareTo(other) >= 0;
  }
}
