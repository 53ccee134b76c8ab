package dtplan.diag;

/**
 * One finding. {@code message} says what was found and what was expected; {@code hint}, when not
 * null, says what to do ("did you mean `telemetry`?").
 */
public record Diagnostic(Severity severity, SourceLocation location, String message, String hint) {
  public static Diagnostic error(SourceLocation at, String message, String hint) {
    return new Diagnostic(Severity.ERROR, at, message, hint);
  }

  public static Diagnostic error(SourceLocation at, String message) {
    return error(at, message, null);
  }

  /**
   * {@code file:line:column: error: message} and, on the next line, the hint. Control and bidi
   * characters a message quotes from the spec are shown escaped ({@link ControlChars}).
   */
  public String format() {
    String where =
        location.line() == 0 && location.file().isEmpty()
            ? ""
            : ControlChars.escape(location.toString()) + ": ";
    String text = where + severity.label() + ": " + ControlChars.escape(message);
    return hint == null ? text : text + "\n  hint: " + ControlChars.escape(hint);
  }
}
