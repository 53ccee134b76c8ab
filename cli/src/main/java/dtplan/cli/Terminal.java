package dtplan.cli;

/** Whether output may use colour: only on a terminal, and never with NO_COLOR set. */
final class Terminal {
  private Terminal() {}

  static boolean colour(boolean noColorFlag) {
    return !noColorFlag && System.console() != null && System.getenv("NO_COLOR") == null;
  }
}
