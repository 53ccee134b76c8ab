package dtplan.planfile;

/** A plan file that cannot be read; the message says why and what to do. */
public final class InvalidPlanFileException extends Exception {
  private final boolean stale;

  public InvalidPlanFileException(String message) {
    this(message, false);
  }

  private InvalidPlanFileException(String message, boolean stale) {
    super(message, null, false, false);
    this.stale = stale;
  }

  /** The file is fine, but what it was planned from has changed: plan again. */
  static InvalidPlanFileException stale(String message) {
    return new InvalidPlanFileException(message, true);
  }

  public boolean stale() {
    return stale;
  }
}
