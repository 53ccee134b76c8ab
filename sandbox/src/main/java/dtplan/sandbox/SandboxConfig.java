package dtplan.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * Immutable settings of one sandbox server; change them with the withers. The defaults are the
 * faithful ones: the caller needs a data-plane role, role assignments take time to propagate, and
 * lists page, so a client that cuts a corner fails here as it would on Azure.
 */
public final class SandboxConfig {
  /** The object id of the one principal every request is made as, unless configured otherwise. */
  public static final String DEFAULT_CALLER_PRINCIPAL_ID = "c0ffee00-0000-4000-8000-00000000ca11";

  private int port;
  private Path stateDir;
  private Duration lroDuration = Duration.ZERO;
  private Duration lroRetryAfter = Duration.ofSeconds(1);
  private Duration principalReplicationDelay = Duration.ZERO;
  private Duration latency = Duration.ZERO;
  private long seed;
  private Clock clock = Clock.systemUTC();
  private String callerPrincipalId = DEFAULT_CALLER_PRINCIPAL_ID;
  private boolean dataPlaneRbac = true;
  private Duration roleAssignmentPropagationDelay = Duration.ofSeconds(2);
  private boolean callerOnPrivateNetwork;
  private int pageSize = 2;
  private SandboxCloud cloud = SandboxCloud.AZURE_CLOUD;

  private SandboxConfig() {}

  private SandboxConfig copy() {
    SandboxConfig c = new SandboxConfig();
    c.port = port;
    c.stateDir = stateDir;
    c.lroDuration = lroDuration;
    c.lroRetryAfter = lroRetryAfter;
    c.principalReplicationDelay = principalReplicationDelay;
    c.latency = latency;
    c.seed = seed;
    c.clock = clock;
    c.callerPrincipalId = callerPrincipalId;
    c.dataPlaneRbac = dataPlaneRbac;
    c.roleAssignmentPropagationDelay = roleAssignmentPropagationDelay;
    c.callerOnPrivateNetwork = callerOnPrivateNetwork;
    c.pageSize = pageSize;
    c.cloud = cloud;
    return c;
  }

  private static Duration nonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
    return d;
  }

  /**
   * Ephemeral port, in-memory state, instant operations, seed 0; data-plane RBAC on with a 2 s role
   * propagation delay, the caller on the public network, pages of 2 items, Azure's public cloud.
   */
  public static SandboxConfig defaults() {
    return new SandboxConfig();
  }

  public SandboxConfig withPort(int p) {
    if (p < 0 || p > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535");
    }
    SandboxConfig c = copy();
    c.port = p;
    return c;
  }

  public SandboxConfig withStateDir(Path dir) {
    SandboxConfig c = copy();
    c.stateDir = dir;
    return c;
  }

  public SandboxConfig withLroDuration(Duration d) {
    SandboxConfig c = copy();
    c.lroDuration = nonNegative(d, "lroDuration");
    return c;
  }

  /**
   * The {@code Retry-After} a long-running operation is answered with, in whole seconds: 1 by
   * default, as recorded from Azure. 0 leaves the poll cadence to the client (its own interval),
   * which tests use so that an instant operation is not waited on for a second.
   */
  public SandboxConfig withLroRetryAfter(Duration d) {
    SandboxConfig c = copy();
    c.lroRetryAfter = nonNegative(d, "lroRetryAfter");
    if (d.toMillis() % 1000 != 0) {
      throw new IllegalArgumentException("lroRetryAfter must be whole seconds");
    }
    return c;
  }

  public SandboxConfig withPrincipalReplicationDelay(Duration d) {
    SandboxConfig c = copy();
    c.principalReplicationDelay = nonNegative(d, "principalReplicationDelay");
    return c;
  }

  public SandboxConfig withLatency(Duration d) {
    SandboxConfig c = copy();
    c.latency = nonNegative(d, "latency");
    return c;
  }

  public SandboxConfig withSeed(long s) {
    SandboxConfig c = copy();
    c.seed = s;
    return c;
  }

  /** The clock every delay and operation is measured on; tests pass one they can move. */
  public SandboxConfig withClock(Clock clk) {
    SandboxConfig c = copy();
    c.clock = Objects.requireNonNull(clk, "clock");
    return c;
  }

  /** The object id of the principal every request is made as (the token's {@code oid}). */
  public SandboxConfig withCallerPrincipalId(String objectId) {
    SandboxConfig c = copy();
    c.callerPrincipalId = guid(objectId);
    return c;
  }

  private static String guid(String value) {
    Objects.requireNonNull(value, "callerPrincipalId");
    try {
      return UUID.fromString(value).toString();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the caller principal id `" + value + "` is not an object id (expected a GUID)");
    }
  }

  /** Whether data-plane calls need an Azure Digital Twins data role (false only for demos). */
  public SandboxConfig withDataPlaneRbac(boolean enabled) {
    SandboxConfig c = copy();
    c.dataPlaneRbac = enabled;
    return c;
  }

  /** How long a new role assignment takes before the data plane honours it. */
  public SandboxConfig withRoleAssignmentPropagationDelay(Duration d) {
    SandboxConfig c = copy();
    c.roleAssignmentPropagationDelay = nonNegative(d, "roleAssignmentPropagationDelay");
    return c;
  }

  /** Whether the caller reaches instances over a private endpoint (public access not needed). */
  public SandboxConfig withCallerOnPrivateNetwork(boolean onPrivateNetwork) {
    SandboxConfig c = copy();
    c.callerOnPrivateNetwork = onPrivateNetwork;
    return c;
  }

  /** The most items one page of a list holds; the rest follows through {@code nextLink}. */
  public SandboxConfig withPageSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    SandboxConfig c = copy();
    c.pageSize = size;
    return c;
  }

  /**
   * The cloud whose host suffixes the sandbox answers with. They are worked out on every read, not
   * stored, so a state made as one cloud reads as the configured one.
   */
  public SandboxConfig withCloud(SandboxCloud cloud) {
    SandboxConfig c = copy();
    c.cloud = Objects.requireNonNull(cloud, "cloud");
    return c;
  }

  public SandboxCloud cloud() {
    return cloud;
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

  public Duration lroRetryAfter() {
    return lroRetryAfter;
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

  public Clock clock() {
    return clock;
  }

  public String callerPrincipalId() {
    return callerPrincipalId;
  }

  public boolean dataPlaneRbac() {
    return dataPlaneRbac;
  }

  public Duration roleAssignmentPropagationDelay() {
    return roleAssignmentPropagationDelay;
  }

  public boolean callerOnPrivateNetwork() {
    return callerOnPrivateNetwork;
  }

  public int pageSize() {
    return pageSize;
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
        + ", callerPrincipalId="
        + callerPrincipalId
        + ", dataPlaneRbac="
        + dataPlaneRbac
        + ", roleAssignmentPropagationDelay="
        + roleAssignmentPropagationDelay
        + ", callerOnPrivateNetwork="
        + callerOnPrivateNetwork
        + ", pageSize="
        + pageSize
        + ", cloud="
        + cloud
        + "]";
  }
}
