package dtplan.cli;

/** Exit codes, the same for every command (README.md lists them). */
final class ExitCodes {
  static final int OK = 0;
  static final int ERROR = 1;
  static final int CHANGES_PRESENT = 2;
  static final int STALE_PLAN = 3;

  /**
   * A bug in dtplan (an exception nobody expected), told apart from 1 so that CI can tell "dtplan
   * crashed" from "the spec or Azure said no"; 70 is sysexits.h's EX_SOFTWARE.
   */
  static final int INTERNAL_ERROR = 70;

  static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
