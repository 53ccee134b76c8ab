package dtplan.cli;

import dtplan.diag.ControlChars;
import dtplan.provider.ProviderException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what escapes a command into one clear line and exit code 1; never a stack trace (set
 * DTPLAN_DEBUG=1 to see one when reporting a bug).
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    String message =
        e instanceof ProviderException p
            ? p.getMessage()
            : e instanceof UserError u ? u.getMessage() : "internal error: " + e;
    cmd.getErr().println(cmd.getColorScheme().errorText("Error: ") + visible(message));
    if (System.getenv("DTPLAN_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    }
    return ExitCodes.ERROR;
  }

  /** Line breaks are the message's own; anything else invisible is shown escaped. */
  private static String visible(String message) {
    return String.join("\n", message.lines().map(ControlChars::escape).toList());
  }
}
