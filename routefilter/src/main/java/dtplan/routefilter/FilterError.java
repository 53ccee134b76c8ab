package dtplan.routefilter;

/**
 * Why Azure would refuse a filter, where, and what would have been accepted there.
 *
 * <p>{@code line} and {@code position} are 1-based and counted the way Azure reports them: the
 * recording of {@code this is not a valid filter} says {@code Line=1, Position=6}, the column of
 * {@code is}. Lines are separated by {@code \n}; positions count UTF-16 code units, as a .NET
 * string index does (assumed: no recording has a line break or a character outside the BMP).
 *
 * @param kind what went wrong, for callers that choose a hint
 * @param found the offending text: a whole token ({@code is}, {@code 'abc'}), one character that
 *     starts no token, a function name, or empty at the end of the input
 * @param message Azure's {@code Message=} part, e.g. {@code Unexpected input 'is'}
 * @param expected what the grammar accepts at that place, in words; dtplan's addition, never part
 *     of Azure's message
 */
public record FilterError(
    Kind kind, int line, int position, String found, String message, String expected) {

  /** The families of refusal. Only {@link #UNEXPECTED_INPUT}'s wording is recorded from Azure. */
  public enum Kind {
    /** {@code Unexpected input '<found>'}: recorded. */
    UNEXPECTED_INPUT,
    /** {@code Unexpected end of input}: assumed wording, at one past the last character. */
    UNEXPECTED_END,
    /** {@code Unterminated string literal}: assumed wording, at the opening quote. */
    UNTERMINATED_STRING,
    /** {@code Unknown function '<name>'}: assumed wording, at the name. */
    UNKNOWN_FUNCTION,
    /** {@code Function '<name>' takes 2 arguments, found <n>}: assumed wording, at the name. */
    WRONG_ARGUMENT_COUNT,
    /** {@code Parentheses nested deeper than <n>}: assumed; protects the parser's stack. */
    TOO_DEEP
  }

  /**
   * The whole message of Azure's 400 {@code EventRouteFilterInvalid} answer, character for
   * character the recorded format (Azure/azure-sdk-for-java, {@code
   * EventRoutesTest.createEventRouteThrowsIfFilterIsMalformed[1].json}).
   */
  public String azureMessage() {
    return "The provided filter is invalid. Parsing error, Line="
        + line
        + ", Position="
        + position
        + ", Message="
        + message
        + ". See event route documentation for supported values and structure"
        + " (http://aka.ms/ADTv2Routes).";
  }

  static FilterError at(
      String filter, int offset, Kind kind, String found, String message, String expected) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (filter.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new FilterError(kind, line, offset - lineStart + 1, found, message, expected);
  }
}
