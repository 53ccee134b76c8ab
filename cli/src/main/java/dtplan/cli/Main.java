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
    // A typo in an option must not look like plan --detailed-exitcode's "changes present" (2).
    CommandLine.IParameterExceptionHandler usage = cmd.getParameterExceptionHandler();
    cmd.setParameterExceptionHandler(
        (ex, args) -> {
          usage.handleParseException(ex, args);
          return ExitCodes.ERROR;
        });
    return cmd;
  }
}
