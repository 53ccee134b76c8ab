package dtplan.render;

/**
 * The line that opens a text plan or apply: where live state is read and written. It comes first,
 * before live state is read, so that whatever fails next is seen against the right target.
 */
public final class TargetHeader {
  private TargetHeader() {}

  /** The line alone, as stderr gets it when reading fails before any output named the target. */
  public static String line(String target) {
    return "Target: " + target;
  }

  /** The line and the blank line after it, as output starts. */
  public static String text(String target) {
    return line(target) + "\n\n";
  }
}
