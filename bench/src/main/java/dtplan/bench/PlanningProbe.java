package dtplan.bench;

import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.plan.order.ExecutionGraph;
import dtplan.provider.ReadResponse;
import dtplan.render.TextRenderer;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * One timed pass of each planning stage per size, without JMH: for sizes where one operation takes
 * so long that JMH iterations would not finish in reasonable time, and to find where time goes.
 * Usage: {@code PlanningProbe 10 100 1000} ({@code -Drounds=N}, default 3). Prints, per stage, wall
 * time, this thread's CPU time and what it allocated: on a machine others share, wall time measures
 * the load as much as dtplan, CPU and allocation much less. Round 0 is a fresh JVM's.
 */
public final class PlanningProbe {
  private static final int ROUNDS = Integer.getInteger("rounds", 3);
  private static final com.sun.management.ThreadMXBean THREAD =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private PlanningProbe() {}

  public static void main(String[] args) throws Exception {
    for (String a : args) {
      int n = Integer.parseInt(a);
      Stack stack = new Stack(n);
      String text = stack.specYaml();
      ReadResponse live = stack.applied(8);
      for (int round = 0; round < ROUNDS; round++) {
        StringBuilder line = new StringBuilder();
        Stage total = Stage.start();
        Spec spec =
            measure(
                line, "load", () -> new SpecLoader().parse("bench.yaml", text, Stack.options()));
        Plan plan = measure(line, "diff", () -> new Planner().plan("bench", spec, live, "digest"));
        measure(line, "order", () -> ExecutionGraph.of(plan));
        String out = measure(line, "render", () -> new TextRenderer(false).render(plan));
        total.end(line, "total");
        System.out.printf(
            Locale.ROOT,
            "instances=%d round=%d %s changes=%d chars=%d load-avg=%s%n",
            n,
            round,
            line.toString().trim(),
            plan.changes().stream().filter(c -> c.action() != dtplan.plan.Action.NO_OP).count(),
            out.length(),
            loadAverage());
      }
    }
  }

  private static <T> T measure(StringBuilder line, String name, Callable<T> stage)
      throws Exception {
    Stage s = Stage.start();
    T result = stage.call();
    s.end(line, name);
    return result;
  }

  /** Wall, thread CPU and allocation from its start. */
  private record Stage(long wall, long cpu, long allocated) {
    static Stage start() {
      long id = Thread.currentThread().getId();
      return new Stage(
          System.nanoTime(), THREAD.getCurrentThreadCpuTime(), THREAD.getThreadAllocatedBytes(id));
    }

    void end(StringBuilder line, String name) {
      long id = Thread.currentThread().getId();
      line.append(
          String.format(
              Locale.ROOT,
              " %s=%.1fms/cpu %.1fms/%.1fMB",
              name,
              (System.nanoTime() - wall) / 1e6,
              (THREAD.getCurrentThreadCpuTime() - cpu) / 1e6,
              (THREAD.getThreadAllocatedBytes(id) - allocated) / 1e6));
    }
  }

  static String loadAverage() {
    return String.format(
        Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
