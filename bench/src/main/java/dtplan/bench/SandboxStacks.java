package dtplan.bench;

import dtplan.apply.Applier;
import dtplan.apply.ApplyListener;
import dtplan.apply.ApplyOptions;
import dtplan.apply.ApplyResult;
import dtplan.apply.StepOutcome;
import dtplan.azure.AzureConnection;
import dtplan.azure.AzureProvider;
import dtplan.azure.AzureProviderOptions;
import dtplan.cli.Main;
import dtplan.plan.Plan;
import dtplan.plan.order.ExecutionGraph;
import dtplan.provider.ProviderListener;
import dtplan.sandbox.Sandbox;
import dtplan.sandbox.SandboxConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Sandboxes holding benchmark stacks, and the CLI run in-process against them. */
public final class SandboxStacks {
  private SandboxStacks() {}

  /** A sandbox with the stack's destinations and the caller's data-plane role. */
  public static Sandbox start(SandboxConfig config) {
    try {
      Sandbox sandbox = Sandbox.start(config);
      sandbox.seed(Stack.seedJson(config.callerPrincipalId()));
      return sandbox;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static AzureProvider provider(URI url, int parallelism) {
    return new AzureProvider(
        AzureConnection.sandbox(url, Stack.SUBSCRIPTION),
        AzureProviderOptions.defaults()
            .withParallelism(parallelism)
            .withLroPollInterval(Duration.ofMillis(200)),
        ProviderListener.NONE);
  }

  /**
   * Applies the stack with the engine's Applier and the Azure provider (the code `dtplan apply`
   * runs), {@code chunk} instances per plan so that set-up stays linear in the stack size.
   */
  public static void apply(URI url, Stack stack, int chunk, int parallelism) {
    AzureProvider provider = provider(url, parallelism);
    for (Plan plan : stack.freshPlans(chunk)) {
      ApplyResult result =
          new Applier(
                  provider,
                  ApplyListener.NONE,
                  ApplyOptions.defaults()
                      .withParallelism(parallelism)
                      .withHeartbeat(Duration.ofMinutes(5)))
              .apply(ExecutionGraph.of(plan));
      if (!result.succeeded()) {
        throw new IllegalStateException(
            "applying the benchmark stack failed: "
                + result.outcomes().stream()
                    .filter(o -> o.status() != StepOutcome.Status.DONE)
                    .limit(5)
                    .map(o -> o.step().id() + ": " + o.error())
                    .collect(Collectors.joining("; ")));
      }
    }
  }

  /** The spec and its var file written to {@code dir}; returns the spec's path. */
  public static Path writeSpec(Path dir, Stack stack) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("vars.yaml"), Stack.varFile());
      return Files.writeString(dir.resolve("bench.yaml"), stack.specYaml());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code dtplan ARGS} exited with, and what it printed. */
  public record Run(int exitCode, String out, long nanos) {
    public double millis() {
      return nanos / 1e6;
    }
  }

  /** Runs the CLI in this JVM with its standard output and error captured. */
  public static synchronized Run cli(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    long start = System.nanoTime();
    try {
      int code = Main.run(args);
      return new Run(code, buffer.toString(StandardCharsets.UTF_8), System.nanoTime() - start);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** {@code dtplan plan} of the spec against the sandbox: exit 0 means no changes. */
  /** {@code dtplan apply SPEC --auto-approve} against the sandbox, with {@code more} options. */
  public static Run apply(Path spec, URI url, int parallelism, String... more) {
    List<String> args = command("apply", spec, url, parallelism);
    args.add("--auto-approve");
    args.addAll(List.of(more));
    return cli(args.toArray(String[]::new));
  }

  public static Run plan(Path spec, URI url, int parallelism) {
    List<String> args = command("plan", spec, url, parallelism);
    args.addAll(List.of("--detailed-exitcode", "--no-color"));
    return cli(args.toArray(String[]::new));
  }

  private static List<String> command(String verb, Path spec, URI url, int parallelism) {
    return new ArrayList<>(
        List.of(
            verb,
            spec.toString(),
            "--var-file",
            spec.resolveSibling("vars.yaml").toString(),
            "--sandbox",
            url.toString(),
            "--parallelism",
            Integer.toString(parallelism)));
  }
}
