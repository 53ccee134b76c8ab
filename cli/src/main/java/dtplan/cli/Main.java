package dtplan.cli;

import dtplan.azure.LogLevel;
import picocli.CommandLine;

/** Entry point: runs the command and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    String log = System.getenv(LogLevel.VARIABLE);
    if (LogLevel.parse(log).isEmpty()) {
      System.err.println(
          "Warning: "
              + LogLevel.VARIABLE
              + "="
              + dtplan.diag.ControlChars.escape(log)
              + " names no level; logging stays off (use debug or trace)");
    }
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new DtplanCommand());
    cmd.setExecutionExceptionHandler(new FriendlyErrors(LogLevel.fromEnvironment()));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(new UsageErrors());
    return cmd;
  }
}
