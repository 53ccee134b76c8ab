package dtplan.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How long a run waits for the stack's lock (spec {@code lock:}); plan --out and apply. */
final class LockOptions {
  @Option(
      names = "--lock-timeout",
      paramLabel = "DURATION",
      defaultValue = "0s",
      converter = LockOptions.Seconds.class,
      description =
          "With `lock:` in the spec, wait up to DURATION (30s, 5m) for a lock another run holds;"
              + " default 0s: fail at once, naming the holder.")
  Duration lockTimeout = Duration.ZERO;

  /** {@code 30s}, {@code 5m}, {@code 1h} or plain seconds. */
  static final class Seconds implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(java.util.Locale.ROOT);
      try {
        if (v.endsWith("ms")) {
          throw new NumberFormatException();
        }
        long n = Long.parseLong(v.replaceAll("[smh]$", ""));
        if (n < 0) {
          throw new NumberFormatException();
        }
        return v.endsWith("m")
            ? Duration.ofMinutes(n)
            : v.endsWith("h") ? Duration.ofHours(n) : Duration.ofSeconds(n);
      } catch (NumberFormatException e) {
        throw new TypeConversionException(
            "`" + value + "` is not a duration; use seconds, minutes or hours: 30s, 5m, 1h");
      }
    }
  }
}
