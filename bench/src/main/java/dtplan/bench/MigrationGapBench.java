package dtplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dtplan.sandbox.RequestEntry;
import dtplan.sandbox.Sandbox;
import dtplan.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Item 7 of docs/benchmarks.md: how long a key-to-identity migration leaves an instance without its
 * routes, against its floor, in a sandbox whose long-running operations take {@code lro} seconds
 * and whose new principals are unknown to role assignments for {@code replication} seconds. Both
 * paths, each on a fresh sandbox: replacing the endpoint in place (floor: one endpoint delete plus
 * one create) and renaming it (no route is ever deleted: zero). The gap is what {@code dtplan apply
 * --format json} reports in {@code apply_finished.routes_missing}, the CLI run in-process. Usage:
 *
 * <pre>
 *   MigrationGapBench RUNS LRO_SECONDS REPLICATION_SECONDS     e.g. 5 4 10
 * </pre>
 */
public final class MigrationGapBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String INSTANCE = "gap-twins";

  private MigrationGapBench() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    Duration lro = Duration.ofSeconds(Long.parseLong(args[1]));
    Duration replication = Duration.ofSeconds(Long.parseLong(args[2]));
    double floor = 2 * lro.toMillis();
    System.out.println(
        "| path | run | apply wall | route deletes | routes missing | floor | over the floor |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    double[] replace = new double[runs];
    double[] rename = new double[runs];
    for (int i = 0; i < runs; i++) {
      replace[i] = row("replace", i + 1, "telemetry", lro, replication, floor);
      rename[i] = row("rename", i + 1, "telemetry-id", lro, replication, 0);
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "replace: routes missing median %.2f s (min %.2f, max %.2f), floor %.2f s, median over the"
            + " floor %.2f s; rename: max %.2f s%n",
        median(replace) / 1000,
        Arrays.stream(replace).min().orElse(0) / 1000,
        Arrays.stream(replace).max().orElse(0) / 1000,
        floor / 1000,
        (median(replace) - floor) / 1000,
        Arrays.stream(rename).max().orElse(0) / 1000);
  }

  /**
   * One migration on a fresh sandbox; prints its row, returns the milliseconds routes were missing.
   */
  static double row(
      String path, int run, String endpoint, Duration lro, Duration replication, double floor)
      throws Exception {
    Path dir = Files.createTempDirectory("dtplan-gap");
    try (Sandbox sandbox =
        SandboxStacks.start(
            SandboxConfig.defaults()
                .withLroDuration(lro)
                .withPrincipalReplicationDelay(replication))) {
      String url = sandbox.url().toString();
      Path keyed = Files.writeString(dir.resolve("keyed.yaml"), spec(false, "telemetry"));
      SandboxStacks.Run first =
          SandboxStacks.cli("apply", keyed.toString(), "--auto-approve", "--sandbox", url);
      if (first.exitCode() != 0) {
        throw new IllegalStateException("the key-based stack did not apply:\n" + first.out());
      }
      sandbox.requests().clear();
      Path target = Files.writeString(dir.resolve("target.yaml"), spec(true, endpoint));
      SandboxStacks.Run apply =
          SandboxStacks.cli(
              "apply", target.toString(), "--auto-approve", "--format", "json", "--sandbox", url);
      if (apply.exitCode() != 0) {
        throw new IllegalStateException("the migration did not apply:\n" + apply.out());
      }
      long routeDeletes =
          sandbox.requests().entries().stream()
              .filter(e -> e.method().equals("DELETE") && e.path().contains("/eventroutes/"))
              .count();
      double missing = missingMillis(apply.out());
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.2f s | %d | %.2f s | %.2f s | %+.2f s |%n",
          path,
          run,
          apply.millis() / 1000,
          routeDeletes,
          missing / 1000,
          floor / 1000,
          (missing - floor) / 1000);
      if (Boolean.getBoolean("bench.verbose")) {
        for (RequestEntry e : sandbox.requests().writes()) {
          System.err.println(e.method() + " " + e.path());
        }
      }
      return missing;
    }
  }

  /** {@code apply_finished.routes_missing} of the instance; no entry means nothing was missing. */
  static double missingMillis(String out) throws Exception {
    for (String line : out.split("\n")) {
      if (line.contains("\"apply_finished\"")) {
        JsonNode gaps = JSON.readTree(line).path("routes_missing");
        for (JsonNode g : gaps) {
          if (!g.path("still_missing").isMissingNode() && g.path("still_missing").size() > 0) {
            throw new IllegalStateException("routes still missing: " + g);
          }
          return g.path("missing_ms").asDouble();
        }
        return 0;
      }
    }
    throw new IllegalStateException("no apply_finished event in:\n" + out);
  }

  /** The instance with a key-based {@code telemetry}, or its identity-based {@code endpoint}. */
  static String spec(boolean identity, String endpoint) {
    String hub = Stack.hub(0);
    StringBuilder s = new StringBuilder();
    s.append("version: 1\nstack: gap\n");
    s.append("azure: {resourceGroup: ").append(Stack.RESOURCE_GROUP);
    s.append(", location: westeurope}\n");
    s.append("instances:\n  ").append(INSTANCE).append(":\n");
    if (identity) {
      s.append("    identity: {system: true}\n");
      s.append("    roles:\n      - role: Azure Event Hubs Data Sender\n");
      s.append("        scope: ").append(hub).append('\n');
    }
    s.append("    endpoints:\n      ").append(endpoint).append(":\n");
    s.append("        type: eventhub\n        eventhub: ").append(hub).append('\n');
    if (identity) {
      s.append("        auth: identity\n");
    } else {
      s.append("        auth: key\n");
      s.append("        connectionString: \"Endpoint=sb://ns-bench.servicebus.windows.net/;")
          .append("SharedAccessKeyName=send;SharedAccessKey=bench;EntityPath=hub-0\"\n");
    }
    s.append("    routes:\n");
    s.append("      all: {endpoint: ").append(endpoint).append("}\n");
    s.append("      twins: {endpoint: ")
        .append(endpoint)
        .append(", filter: \"type = 'Microsoft.DigitalTwins.Twin.Create'\"}\n");
    return s.toString();
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
