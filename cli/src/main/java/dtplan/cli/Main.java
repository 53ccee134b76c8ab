package dtplan.cli;

import dtplan.azure.LogLevel;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
    return commandLine(args).execute(args);
  }

  /** The whole command tree, for help, completion and tests. */
  static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command tree {@code args} need. picocli builds a command's model by reflection when it is
   * added, and a cold JVM spends a fifth of a quickstart {@code plan} building all twelve (issue
   * 19); {@code dtplan plan …} only ever reaches {@code plan}, whose help, errors and suggestions
   * are its own. Anything else (no command, an option first, an unknown command, {@code help},
   * {@code completion}, which prints the whole tree) gets every command.
   */
  static CommandLine commandLine(String... args) {
    CommandLine cmd = new CommandLine(new DtplanCommand());
    Class<?> only = args.length == 0 ? null : onlyCommandFor(args[0]);
    for (Class<?> sub : DtplanCommand.SUBCOMMANDS) {
      if (only == null || sub == only) {
        // Built on its own first: picocli applies a command's model transformer (apply's
        // SPEC|PLANFILE) when a CommandLine is made, not when a class is added to one.
        cmd.addSubcommand(new CommandLine(sub));
      }
    }
    cmd.setExecutionExceptionHandler(new FriendlyErrors(LogLevel.fromEnvironment()));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(new UsageErrors());
    return cmd;
  }

  private static Class<?> onlyCommandFor(String first) {
    for (Class<?> sub : DtplanCommand.SUBCOMMANDS) {
      Command command = sub.getAnnotation(Command.class);
      boolean named =
          command.name().equals(first) || Arrays.asList(command.aliases()).contains(first);
      if (named) {
        return sub == CompletionCommand.class || sub == CommandLine.HelpCommand.class ? null : sub;
      }
    }
    return null;
  }
}
