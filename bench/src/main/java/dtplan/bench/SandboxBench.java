package dtplan.bench;

import dtplan.azure.AzureProvider;
import dtplan.model.ResourceKind;
import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.plan.ReadRequests;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.Step;
import dtplan.sandbox.RequestEntry;
import dtplan.sandbox.Sandbox;
import dtplan.sandbox.SandboxConfig;
import dtplan.spec.Spec;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Items 2, 3, 4 and the sandbox of item 6 of docs/benchmarks.md, against in-process sandboxes.
 * Prints markdown table rows. Usage:
 *
 * <pre>
 *   SandboxBench requests 1,10,100 latency-parallelism 10,32   items 2 and 3
 *   SandboxBench apply 20 parallelism 10,32,200                item 4
 *   SandboxBench serve 1000 DIR                                 item 6: applies, writes DIR/url, waits
 *   SandboxBench spec 1000 DIR                                  writes DIR/bench.yaml, DIR/vars.yaml
 * </pre>
 */
public final class SandboxBench {
  /**
   * Item 3's latency per request; {@code -Dbench.latencyMs=200} makes round trips outweigh the CPU
   * noise of a loaded machine, so that a read's critical path shows in whole round trips.
   */
  static final Duration LATENCY = Duration.ofMillis(Long.getLong("bench.latencyMs", 50));

  static final Duration LRO = Duration.ofSeconds(2);

  private SandboxBench() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "requests" -> requestsAndLatency(ints(args[1]), ints(args[3]));
      case "apply" -> applyWallTime(Integer.parseInt(args[1]), ints(args[3]));
      case "serve" -> serve(Integer.parseInt(args[1]), Path.of(args[2]));
      case "spec" ->
          SandboxStacks.writeSpec(Path.of(args[2]), new Stack(Integer.parseInt(args[1])));
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  /** Requests of one plan, by what they read. */
  public record Count(int total, int perInstance, int constant, Map<String, Integer> byTemplate) {}

  /**
   * Items 2 and 3: for each size, a sandbox holding the applied stack; the requests of one plan;
   * then the same state served with 50 ms per request ({@link #LATENCY}), and plan wall time at
   * each parallelism.
   */
  static void requestsAndLatency(int[] sizes, int[] parallelisms) throws Exception {
    // Requests are counted per collection (the target is per instance); with the sandbox's
    // default page of two items a list of six would count three times, measuring the page size.
    Path work = Files.createTempDirectory("dtplan-bench");
    List<String> latencyRows = new ArrayList<>();
    Map<String, Double> unloaded = new HashMap<>();
    System.out.println(
        "| instances | resources | requests per plan | per instance | constant"
            + " | one GET per resource | target (4/instance + constant) |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---|");
    for (int n : sizes) {
      Stack stack = new Stack(n);
      Path state = work.resolve("state-" + n);
      Path spec = SandboxStacks.writeSpec(work.resolve("spec-" + n), stack);
      int port = freePort();
      Count count;
      try (Sandbox sandbox = SandboxStacks.start(counted().withPort(port).withStateDir(state))) {
        SandboxStacks.apply(sandbox.url(), stack, 25, 32);
        count = countPlanRequests(sandbox, spec, n, true);
        for (int p : parallelisms) {
          unloaded.put(n + "/" + p, medianRead(sandbox, stack.load(), p));
        }
      }
      System.out.printf(
          Locale.ROOT,
          "| %d | %d | %d | %d | %d | %d | %s |%n",
          n,
          stack.resources(),
          count.total(),
          count.perInstance(),
          count.constant(),
          stack.resources() + count.constant(),
          count.perInstance() <= 4 ? "met" : "MISSED");
      System.err.println("requests by template, " + n + " instances: " + count.byTemplate());
      try (Sandbox slow =
          Sandbox.start(counted().withPort(port).withStateDir(state).withLatency(LATENCY))) {
        latencyRows.addAll(latency(slow, stack, spec, count.total(), parallelisms, unloaded));
      }
    }
    System.out.println();
    System.out.println(
        "| instances | parallelism | requests | ideal (ceil(requests/parallelism) + 1) x latency"
            + " | read only, 0 ms latency | read only | `plan` | plan / ideal | target 1.25x |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    latencyRows.forEach(System.out::println);
  }

  /** One plan's requests; the plan must find no changes (exit 0), or the stack is not applied. */
  /** A sandbox whose every list fits one page, so that a count of requests is one per list. */
  static SandboxConfig counted() {
    return SandboxConfig.defaults().withPageSize(10_000);
  }

  static Count countPlanRequests(Sandbox sandbox, Path spec, int n, boolean warmUp) {
    if (warmUp) {
      SandboxStacks.plan(spec, sandbox.url(), 10);
    }
    sandbox.requests().clear();
    SandboxStacks.Run run = SandboxStacks.plan(spec, sandbox.url(), 10);
    if (run.exitCode() != 0) {
      throw new IllegalStateException(
          "plan after apply should find no changes, exit " + run.exitCode() + ":\n" + run.out());
    }
    Map<String, Integer> counts = sandbox.requests().counts();
    int total = sandbox.requests().total();
    int perInstanceRequests = 0;
    for (RequestEntry e : sandbox.requests().entries()) {
      if (perInstance(e.template())) {
        perInstanceRequests++;
      }
    }
    return new Count(
        total,
        (int) Math.ceil(perInstanceRequests / (double) n),
        total - perInstanceRequests,
        new HashMap<>(counts));
  }

  /**
   * Calls made once per instance: its endpoints, its data history connections, its routes, its
   * principal's assignments.
   */
  static boolean perInstance(String template) {
    return template.endsWith("/endpoints")
        || template.endsWith("/timeSeriesDatabaseConnections")
        || template.endsWith("/eventroutes")
        || template.contains("roleAssignments");
  }

  /** Median of 3 timed reads (after one untimed) of what a plan of the spec reads. */
  static double medianRead(Sandbox sandbox, Spec spec, int parallelism) {
    AzureProvider provider = SandboxStacks.provider(sandbox.url(), parallelism);
    provider.read(ReadRequests.forSpec(spec));
    double[] reads = new double[3];
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      provider.read(ReadRequests.forSpec(spec));
      reads[i] = (System.nanoTime() - t0) / 1e6;
    }
    return median(reads);
  }

  static List<String> latency(
      Sandbox slow,
      Stack stack,
      Path spec,
      int requests,
      int[] parallelisms,
      Map<String, Double> unloaded) {
    List<String> rows = new ArrayList<>();
    Spec loaded = stack.load();
    for (int p : parallelisms) {
      AzureProvider provider = SandboxStacks.provider(slow.url(), p);
      provider.read(ReadRequests.forSpec(loaded)); // warm-up
      SandboxStacks.plan(spec, slow.url(), p); // warm-up
      double[] reads = new double[3];
      double[] plans = new double[3];
      for (int i = 0; i < 3; i++) {
        long t0 = System.nanoTime();
        provider.read(ReadRequests.forSpec(loaded));
        reads[i] = (System.nanoTime() - t0) / 1e6;
        SandboxStacks.Run run = SandboxStacks.plan(spec, slow.url(), p);
        if (run.exitCode() != 0) {
          throw new IllegalStateException("plan under latency failed:\n" + run.out());
        }
        plans[i] = run.millis();
      }
      double ideal = (Math.ceil(requests / (double) p) + 1) * LATENCY.toMillis();
      double plan = median(plans);
      rows.add(
          String.format(
              Locale.ROOT,
              "| %d | %d | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.2fx | %s |",
              stack.instances(),
              p,
              requests,
              ideal,
              unloaded.get(stack.instances() + "/" + p),
              median(reads),
              plan,
              plan / ideal,
              plan <= 1.25 * ideal ? "met" : "MISSED by " + pct(plan / (1.25 * ideal))));
    }
    return rows;
  }

  /**
   * Item 4: fresh apply of the stack with every long-running operation taking 2 s, against the
   * critical path of its execution graph.
   */
  static void applyWallTime(int n, int[] parallelisms) throws Exception {
    Stack stack = new Stack(n);
    Path spec = SandboxStacks.writeSpec(Files.createTempDirectory("dtplan-bench"), stack);
    Plan plan = new Planner().plan("bench", stack.load(), Stack.empty(), "digest");
    ExecutionGraph graph = ExecutionGraph.of(plan);
    int chain = longestLroChain(graph);
    long lros = graph.steps().stream().filter(SandboxBench::isLro).count();
    double critical = chain * LRO.toMillis();
    System.out.println(
        "| instances | steps | long-running steps | parallelism | critical path"
            + " | work / parallelism | apply wall | of which plan | apply / critical path"
            + " | target 1.2x |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    boolean warm = false;
    for (int p : parallelisms) {
      try (Sandbox sandbox = SandboxStacks.start(SandboxConfig.defaults().withLroDuration(LRO))) {
        if (!warm) {
          SandboxStacks.plan(spec, sandbox.url(), p); // warm the JVM
          warm = true;
        }
        // What the apply spends before its first step: the same plan, made alone.
        double planning = SandboxStacks.plan(spec, sandbox.url(), p).millis();
        SandboxStacks.Run run = SandboxStacks.apply(spec, sandbox.url(), p, "--no-color");
        if (run.exitCode() != 0) {
          throw new IllegalStateException("apply failed:\n" + run.out());
        }
        if (Boolean.getBoolean("bench.verbose")) {
          System.err.println(run.out());
        }
        double work = Math.ceil(lros / (double) p) * LRO.toMillis();
        System.out.printf(
            Locale.ROOT,
            "| %d | %d | %d | %d | %.1f s | %.1f s | %.1f s | %.1f s | %.2fx | %s |%n",
            n,
            graph.steps().size(),
            lros,
            p,
            critical / 1000,
            work / 1000,
            run.millis() / 1000,
            planning / 1000,
            run.millis() / critical,
            run.millis() <= 1.2 * critical
                ? "met"
                : "MISSED by " + pct(run.millis() / (1.2 * critical)));
      }
    }
  }

  static boolean isLro(Step s) {
    ResourceKind k = s.change().kind();
    return k == ResourceKind.INSTANCE || k == ResourceKind.ENDPOINT;
  }

  /** The most long-running operations on any one path of the graph. */
  static int longestLroChain(ExecutionGraph graph) {
    Map<Step, Integer> depth = new HashMap<>();
    int longest = 0;
    for (Step s : graph.topologicalOrder()) {
      int before = 0;
      for (Step p : graph.prerequisites(s)) {
        before = Math.max(before, depth.get(p));
      }
      int d = before + (isLro(s) ? 1 : 0);
      depth.put(s, d);
      longest = Math.max(longest, d);
    }
    return longest;
  }

  /** Item 6: a sandbox holding the applied stack, until this process is stopped. */
  static void serve(int n, Path dir) throws Exception {
    Stack stack = new Stack(n);
    SandboxStacks.writeSpec(dir, stack);
    Sandbox sandbox = SandboxStacks.start(SandboxConfig.defaults());
    long t0 = System.nanoTime();
    SandboxStacks.apply(sandbox.url(), stack, 50, 64);
    System.err.printf(
        Locale.ROOT, "applied %d instances in %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
    Files.writeString(dir.resolve("url"), sandbox.url().toString());
    Thread.currentThread().join();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static int[] ints(String csv) {
    return Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static String pct(double ratio) {
    return String.format(Locale.ROOT, "%.0f%%", (ratio - 1) * 100);
  }
}
