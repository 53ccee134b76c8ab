package dtplan.bench;

import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.plan.order.ExecutionGraph;
import dtplan.provider.ReadResponse;
import dtplan.render.TextRenderer;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import java.util.Locale;

/**
 * One timed pass of each planning stage per size, without JMH: for sizes where one operation takes
 * so long that JMH iterations would not finish in reasonable time, and to find where time goes.
 * Usage: {@code PlanningProbe 10 100 1000} ({@code -Drounds=N}, default 3). Prints wall and thread
 * CPU time per stage.
 */
public final class PlanningProbe {
  private static final int ROUNDS = Integer.getInteger("rounds", 3);
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private PlanningProbe() {}

  public static void main(String[] args) throws Exception {
    for (String a : args) {
      int n = Integer.parseInt(a);
      Stack stack = new Stack(n);
      String text = stack.specYaml();
      ReadResponse live = stack.applied(8);
      for (int round = 0; round < ROUNDS; round++) {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Spec spec = new SpecLoader().parse("bench.yaml", text, Stack.options());
        long t1 = System.nanoTime();
        long t2 = t1; // no resource graph of the spec since apply's own order is drawn instead
        Plan plan = new Planner().plan("bench", spec, live, "digest");
        long t3 = System.nanoTime();
        ExecutionGraph.of(plan);
        long t4 = System.nanoTime();
        String out = new TextRenderer(false).render(plan);
        long t5 = System.nanoTime();
        long c5 = CPU.getCurrentThreadCpuTime();
        System.out.printf(
            Locale.ROOT,
            "instances=%d round=%d load=%.1fms graph=%.1fms diff=%.1fms order=%.1fms"
                + " render=%.1fms total=%.1fms cpu=%.1fms changes=%d chars=%d%n",
            n,
            round,
            ms(t1 - t0),
            ms(t2 - t1),
            ms(t3 - t2),
            ms(t4 - t3),
            ms(t5 - t4),
            ms(t5 - t0),
            ms(c5 - c0),
            plan.changes().stream().filter(c -> c.action() != dtplan.plan.Action.NO_OP).count(),
            out.length());
      }
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
