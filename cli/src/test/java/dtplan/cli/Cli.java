package dtplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/** Runs the dtplan CLI in this JVM or in a child JVM, and captures what it prints. */
final class Cli {
  private Cli() {}

  record Result(int exit, String out, String err) {
    String all() {
      return out + err;
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /** Runs a command in this JVM, as {@code Main.run} would, with stdout and stderr captured. */
  static Result run(String... args) {
    CommandLine cmd = Main.commandLine(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  /**
   * The command line that starts dtplan in a child JVM with this JVM's class path and its retry
   * delays ({@link Timing#SCALE_PROPERTY}).
   */
  static List<String> javaCommand(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-XX:+UseSerialGC");
    String scale = System.getProperty(Timing.SCALE_PROPERTY);
    if (scale != null) {
      cmd.add("-D" + Timing.SCALE_PROPERTY + "=" + scale);
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("dtplan.cli.Main");
    cmd.addAll(List.of(args));
    return cmd;
  }

  /**
   * Starts dtplan in a child JVM in {@code dir} with extra environment variables; stdout and stderr
   * go to files in {@code dir}.
   */
  static Child start(Path dir, Map<String, String> env, String... args) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(javaCommand(args)).directory(dir.toFile());
    pb.environment().remove("AZURE_SUBSCRIPTION_ID");
    pb.environment().remove("DTPLAN_DEBUG");
    pb.environment().remove("DTPLAN_LOG");
    pb.environment().putAll(env);
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    return new Child(pb.start(), out, err);
  }

  /** Runs dtplan in a child JVM and waits for it, at most {@code timeout}. */
  static Result runProcess(Path dir, Map<String, String> env, Duration timeout, String... args)
      throws IOException, InterruptedException {
    Child child = start(dir, env, args);
    return child.await(timeout);
  }

  record Child(Process process, Path out, Path err) {
    String stdout() {
      return read(out);
    }

    String stderr() {
      return read(err);
    }

    Result await(Duration timeout) throws InterruptedException {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(
            "dtplan did not finish within "
                + timeout
                + "\n--- stdout\n"
                + stdout()
                + "\n--- stderr\n"
                + stderr());
      }
      return new Result(process.exitValue(), stdout(), stderr());
    }

    private static String read(Path p) {
      try {
        return Files.readString(p, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "(unreadable: " + e + ")";
      }
    }
  }

  /** The checkout's root: the folder holding examples/. */
  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  static Path example(String file) {
    return repoRoot().resolve("examples").resolve(file);
  }
}
