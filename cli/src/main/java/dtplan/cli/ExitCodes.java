package dtplan.cli;

/** Exit codes, the same for every command (README.md lists them). */
final class ExitCodes {
  static final int OK = 0;
  static final int ERROR = 1;
  static final int CHANGES_PRESENT = 2;
  static final int STALE_PLAN = 3;
  static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
