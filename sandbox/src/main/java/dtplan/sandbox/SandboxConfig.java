package dtplan.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** Immutable settings of one sandbox server; change them with the withers. */
public final class SandboxConfig {
  private final int port;
  private final Path stateDir;
  private final Duration lroDuration;
  private final Duration principalReplicationDelay;
  private final Duration latency;
  private final long seed;

  private SandboxConfig(
      int port,
      Path stateDir,
      Duration lroDuration,
      Duration principalReplicationDelay,
      Duration latency,
      long seed) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535");
    }
    this.port = port;
    this.stateDir = stateDir;
    this.lroDuration = nonNegative(lroDuration, "lroDuration");
    this.principalReplicationDelay =
        nonNegative(principalReplicationDelay, "principalReplicationDelay");
    this.latency = nonNegative(latency, "latency");
    this.seed = seed;
  }

  private static Duration nonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
    return d;
  }

  /** Ephemeral port, in-memory state, instant operations, no delays, seed 0. */
  public static SandboxConfig defaults() {
    return new SandboxConfig(0, null, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0L);
  }

  public SandboxConfig withPort(int p) {
    return new SandboxConfig(p, stateDir, lroDuration, principalReplicationDelay, latency, seed);
  }

  public SandboxConfig withStateDir(Path dir) {
    return new SandboxConfig(port, dir, lroDuration, principalReplicationDelay, latency, seed);
  }

  public SandboxConfig withLroDuration(Duration d) {
    return new SandboxConfig(port, stateDir, d, principalReplicationDelay, latency, seed);
  }

  public SandboxConfig withPrincipalReplicationDelay(Duration d) {
    return new SandboxConfig(port, stateDir, lroDuration, d, latency, seed);
  }

  public SandboxConfig withLatency(Duration d) {
    return new SandboxConfig(port, stateDir, lroDuration, principalReplicationDelay, d, seed);
  }

  public SandboxConfig withSeed(long s) {
    return new SandboxConfig(port, stateDir, lroDuration, principalReplicationDelay, latency, s);
  }

  public int port() {
    return port;
  }

  /** Directory of the state file, or null when state lives only in memory. */
  public Path stateDir() {
    return stateDir;
  }

  public Duration lroDuration() {
    return lroDuration;
  }

  public Duration principalReplicationDelay() {
    return principalReplicationDelay;
  }

  public Duration latency() {
    return latency;
  }

  public long seed() {
    return seed;
  }

  @Override
  public String toString() {
    return "SandboxConfig[port="
        + port
        + ", stateDir="
        + stateDir
        + ", lroDuration="
        + lroDuration
        + ", principalReplicationDelay="
        + principalReplicationDelay
        + ", latency="
        + latency
        + ", seed="
        + seed
        + "]";
  }
}
