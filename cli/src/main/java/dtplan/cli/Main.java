package dtplan.cli;

import picocli.CommandLine;

/** Entry point: runs the command and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new DtplanCommand());
    cmd.setExecutionExceptionHandler(new FriendlyErrors());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(new UsageErrors());
    return cmd;
  }
}
