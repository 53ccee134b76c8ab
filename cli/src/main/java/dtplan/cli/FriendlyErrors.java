package dtplan.cli;

import dtplan.azure.LogLevel;
import dtplan.diag.ControlChars;
import dtplan.provider.ProviderException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what escapes a command into one clear line; never a stack trace, unless {@code
 * DTPLAN_LOG=debug} (or {@code trace}, or the older {@code DTPLAN_DEBUG=1}) asks for one when
 * reporting a bug. Exit code 1 for what Azure or the user can fix, 70 for anything else: that is a
 * bug in dtplan.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
  private final LogLevel level;

  FriendlyErrors(LogLevel level) {
    this.level = level;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    String message =
        e instanceof ProviderException p
            ? p.getMessage()
            : e instanceof UserError u ? u.getMessage() : "internal error: " + e;
    cmd.getErr().println(cmd.getColorScheme().errorText("Error: ") + visible(message));
    if (level.atLeast(LogLevel.DEBUG)) {
      e.printStackTrace(cmd.getErr());
    }
    return e instanceof ProviderException || e instanceof UserError
        ? ExitCodes.ERROR
        : ExitCodes.INTERNAL_ERROR;
  }

  /** Line breaks are the message's own; anything else invisible is shown escaped. */
  private static String visible(String message) {
    return String.join("\n", message.lines().map(ControlChars::escape).toList());
  }
}
