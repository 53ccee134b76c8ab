package dtplan.bench;

import dtplan.diag.InvalidSpecException;
import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.plan.order.ExecutionGraph;
import dtplan.provider.ReadResponse;
import dtplan.render.TextRenderer;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Item 1 of docs/benchmarks.md: the CPU of planning once live state is in memory. {@code plan} is
 * the whole of it (load the spec text, build the resource graph, diff, order the steps, render);
 * the other benchmarks are its stages, to say where the time goes. Live state is the stack as
 * applied plus 8 drifts, so the plan has a few changes, as a typical plan does; {@code freshGraph}
 * orders the steps of the first apply (every resource created).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanningBenchmark {
  @Param({"10", "100", "1000"})
  public int instances;

  String text;
  Spec spec;
  ReadResponse live;

  @Setup(Level.Trial)
  public void setUp() {
    Stack stack = new Stack(instances);
    text = stack.specYaml();
    spec = stack.load();
    live = stack.applied(8);
  }

  /** The plan against live state, for the stages after diffing; made only where they need it. */
  @State(Scope.Benchmark)
  public static class Planned {
    Plan plan;

    @Setup(Level.Trial)
    public void setUp(PlanningBenchmark input) {
      plan = new Planner().plan("bench", input.spec, input.live, "digest");
    }
  }

  /** The plan of a first apply (nothing exists). */
  @State(Scope.Benchmark)
  public static class Fresh {
    Plan plan;

    @Setup(Level.Trial)
    public void setUp(PlanningBenchmark input) {
      plan = new Planner().plan("bench", input.spec, Stack.empty(), "digest");
    }
  }

  /** Load + resource graph + diff + execution order + render: what `dtplan plan` computes. */
  @Benchmark
  public String plan() throws InvalidSpecException {
    return planAll(text, live);
  }

  @Benchmark
  public Spec load() throws InvalidSpecException {
    return new SpecLoader().parse("bench.yaml", text, Stack.options());
  }

  @Benchmark
  public Plan diff() {
    return new Planner().plan("bench", spec, live, "digest");
  }

  @Benchmark
  public ExecutionGraph executionGraph(Planned planned) {
    return ExecutionGraph.of(planned.plan);
  }

  @Benchmark
  public String render(Planned planned) {
    return new TextRenderer(false).render(planned.plan);
  }

  /** Ordering the steps of a first apply: every resource of the stack is a step. */
  @Benchmark
  public ExecutionGraph freshGraph(Fresh fresh) {
    return ExecutionGraph.of(fresh.plan);
  }

  static String planAll(String text, ReadResponse live) throws InvalidSpecException {
    Spec spec = new SpecLoader().parse("bench.yaml", text, Stack.options());
    Plan plan = new Planner().plan("bench", spec, live, "digest");
    ExecutionGraph.of(plan);
    return new TextRenderer(false).render(plan);
  }
}
