package dtplan.bench;

import com.sun.management.OperatingSystemMXBean;
import dtplan.azure.AzureProvider;
import dtplan.plan.ReadRequests;
import dtplan.sandbox.Sandbox;
import dtplan.spec.Spec;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The CPU a read and an in-process {@code plan} cost, client and in-process sandbox together, with
 * no latency (issue 19): what item 3's wall time at parallelism 32 comes down to on 2 cores, and a
 * measure that a loaded machine disturbs much less than wall time. Process CPU (every thread: the
 * SDK's, the sandbox's, the JIT's and GC) per operation, over {@code ops} operations after as many
 * untimed ones.
 *
 * <pre>
 *   ReadCpuProbe 10,100 32 40    sizes, parallelism, operations per measure
 * </pre>
 */
public final class ReadCpuProbe {
  private ReadCpuProbe() {}

  public static void main(String[] args) throws Exception {
    int[] sizes = SandboxBench.ints(args[0]);
    int parallelism = Integer.parseInt(args[1]);
    int ops = Integer.parseInt(args[2]);
    System.out.println(
        "| instances | parallelism | read: CPU per op | read: wall per op"
            + " | `plan`: CPU per op | `plan`: wall per op |");
    System.out.println("|---:|---:|---:|---:|---:|---:|");
    Path work = Files.createTempDirectory("dtplan-cpu");
    for (int n : sizes) {
      Stack stack = new Stack(n);
      Path spec = SandboxStacks.writeSpec(work.resolve("spec-" + n), stack);
      try (Sandbox sandbox =
          SandboxStacks.start(SandboxBench.counted().withStateDir(work.resolve("state-" + n)))) {
        SandboxStacks.apply(sandbox.url(), stack, 25, 32);
        Spec loaded = stack.load();
        AzureProvider provider = SandboxStacks.provider(sandbox.url(), parallelism);
        Runnable read = () -> provider.read(ReadRequests.forSpec(loaded));
        Runnable plan =
            () -> {
              SandboxStacks.Run run = SandboxStacks.plan(spec, sandbox.url(), parallelism);
              if (run.exitCode() != 0) {
                throw new IllegalStateException("plan should find no changes:\n" + run.out());
              }
            };
        double[] r = measure(read, ops);
        double[] p = measure(plan, ops);
        System.out.printf(
            Locale.ROOT,
            "| %d | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n",
            n,
            parallelism,
            r[0],
            r[1],
            p[0],
            p[1]);
      }
    }
  }

  /** Process CPU and wall per operation, in ms, after as many untimed operations. */
  private static double[] measure(Runnable op, int ops) {
    for (int i = 0; i < ops; i++) {
      op.run();
    }
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    for (int i = 0; i < ops; i++) {
      op.run();
    }
    return new double[] {
      (os.getProcessCpuTime() - cpu0) / 1e6 / ops, (System.nanoTime() - t0) / 1e6 / ops
    };
  }
}
