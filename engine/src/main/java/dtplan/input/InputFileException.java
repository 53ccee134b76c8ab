package dtplan.input;

/** An input file that cannot be used; the message names the file's role and says why. */
public final class InputFileException extends Exception {
  private final String hint;

  InputFileException(String message, String hint) {
    super(message, null, false, false);
    this.hint = hint;
  }

  /** What to do about it, or null. */
  public String hint() {
    return hint;
  }
}
