package dtplan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not parse: one error line in dtplan's words, picocli's "Did you
 * mean" when it has one, and where to read the usage, instead of the whole usage text. Exit 1, so
 * that a typo never looks like {@code plan --detailed-exitcode}'s "changes present" (2).
 */
final class UsageErrors implements IParameterExceptionHandler {
  /** What {@code --var} values may echo back: a bare name, never a value that could be secret. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(cmd.getColorScheme().errorText("Error: ") + message(ex));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Run `" + cmd.getCommandSpec().qualifiedName() + " --help` for usage.");
    err.flush();
    return ExitCodes.ERROR;
  }

  private static String message(ParameterException ex) {
    CommandLine cmd = ex.getCommandLine();
    if (ex instanceof UnmatchedArgumentException u
        && !cmd.getSubcommands().isEmpty()
        && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")) {
      return "unknown command `"
          + u.getUnmatched().get(0)
          + "`; the commands are "
          + String.join(", ", commands(cmd));
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && "NAME=VALUE".equals(arg.paramLabel()) && ex.getValue() != null) {
      String given = ex.getValue();
      return "--var takes NAME=VALUE, e.g. --var location=westeurope; "
          + (NAME.matcher(given).matches()
              ? "`" + given + "` has no `=VALUE`"
              : "the value given has no NAME= before it");
    }
    return ex.getMessage();
  }

  private static List<String> commands(CommandLine cmd) {
    return cmd.getSubcommands().entrySet().stream()
        .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
        .map(java.util.Map.Entry::getKey)
        .toList();
  }
}
