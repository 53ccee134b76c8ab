package dtplan.planfile;

/** A plan file that cannot be read; the message says why and what to do. */
public final class InvalidPlanFileException extends Exception {
  public InvalidPlanFileException(String message) {
    super(message, null, false, false);
  }
}
