package dtplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dtplan.sandbox.Sandbox;
import dtplan.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where item 4's apply wall time goes beyond its critical path (issue 19): one fresh apply of the
 * stack with 2 s long-running operations, {@code --format json}, split by the step events'
 * timestamps into the time before the first step (read and plan), each instance's chain (instance
 * create, the wait for its role assignments, its endpoints' creates, its routes) and the time after
 * the last step. Usage: {@code ApplyBreakdown 20 200} (instances, parallelism).
 */
public final class ApplyBreakdown {
  private ApplyBreakdown() {}

  /** One step's start and end, as the apply's own clock saw them. */
  private record Span(Instant start, Instant end, String address) {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int p = Integer.parseInt(args[1]);
    Stack stack = new Stack(n);
    Path spec = SandboxStacks.writeSpec(Files.createTempDirectory("dtplan-bench"), stack);
    try (Sandbox sandbox =
        SandboxStacks.start(SandboxConfig.defaults().withLroDuration(SandboxBench.LRO))) {
      SandboxStacks.plan(spec, sandbox.url(), p); // warm the JVM
      Instant t0 = Instant.now();
      SandboxStacks.Run run = SandboxStacks.apply(spec, sandbox.url(), p, "--format", "json");
      Instant t1 = Instant.now();
      if (run.exitCode() != 0) {
        throw new IllegalStateException("apply failed:\n" + run.out());
      }
      report(t0, t1, spans(run.out()), p);
    }
  }

  private static List<Span> spans(String jsonLines) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, Instant> started = new HashMap<>();
    List<Span> out = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      if (!line.startsWith("{")) {
        continue;
      }
      JsonNode e = json.readTree(line);
      String key = e.path("address").asText() + " " + e.path("operation").asText();
      Instant at = Instant.parse(e.path("timestamp").asText("1970-01-01T00:00:00Z"));
      switch (e.path("type").asText()) {
        case "step_started" -> started.put(key, at);
        case "step_finished" -> out.add(new Span(started.get(key), at, key));
        default -> {}
      }
    }
    return out;
  }

  private static void report(Instant t0, Instant t1, List<Span> spans, int p) {
    Instant first = spans.stream().map(Span::start).min(Instant::compareTo).orElseThrow();
    Instant last = spans.stream().map(Span::end).max(Instant::compareTo).orElseThrow();
    List<Long> instance = new ArrayList<>();
    List<Long> endpoint = new ArrayList<>();
    List<Long> roleWait = new ArrayList<>();
    List<Long> routeTail = new ArrayList<>();
    Map<String, Span> instanceOf = new HashMap<>();
    for (Span s : spans) {
      if (s.address().matches("instances\\.[^.]+ create")) {
        instance.add(ms(s.start(), s.end()));
        instanceOf.put(s.address().split("[. ]")[1], s);
      }
    }
    for (Span s : spans) {
      String key = s.address().split("[. ]")[1];
      Span i = instanceOf.get(key);
      if (s.address().contains(".endpoints.")) {
        endpoint.add(ms(s.start(), s.end()));
        if (i != null) {
          roleWait.add(ms(i.end(), s.start()));
        }
      }
    }
    for (Map.Entry<String, Span> i : instanceOf.entrySet()) {
      Instant endpointsDone =
          spans.stream()
              .filter(s -> s.address().startsWith("instances." + i.getKey() + ".endpoints."))
              .map(Span::end)
              .max(Instant::compareTo)
              .orElse(i.getValue().end());
      Instant routesDone =
          spans.stream()
              .filter(s -> s.address().startsWith("instances." + i.getKey() + ".routes."))
              .map(Span::end)
              .max(Instant::compareTo)
              .orElse(endpointsDone);
      routeTail.add(ms(endpointsDone, routesDone));
    }
    double critical = 2 * SandboxBench.LRO.toMillis();
    System.out.printf(
        Locale.ROOT,
        "parallelism %d: apply wall %d ms (%.2fx the critical path of %.0f ms); before the first"
            + " step %d ms; steps %d ms; after the last step %d ms%n",
        p,
        ms(t0, t1),
        ms(t0, t1) / critical,
        critical,
        ms(t0, first),
        ms(first, last),
        ms(last, t1));
    System.out.println("| part of each instance's chain | min | median | max |");
    System.out.println("|---|---:|---:|---:|");
    row("instance create (2 s operation)", instance);
    row("instance done → an endpoint of it starts (its role assignments)", roleWait);
    row("endpoint create (2 s operation)", endpoint);
    row("last endpoint done → last route done", routeTail);
    System.out.println("load average: " + PlanningProbe.loadAverage());
  }

  private static void row(String what, List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    System.out.printf(
        Locale.ROOT,
        "| %s | %d ms | %d ms | %d ms |%n",
        what,
        sorted.get(0),
        sorted.get(sorted.size() / 2),
        sorted.get(sorted.size() - 1));
  }

  private static long ms(Instant from, Instant to) {
    return Duration.between(from, to).toMillis();
  }
}
