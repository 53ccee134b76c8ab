package dtplan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the lines of a Markdown diff block within a pull-request comment's width, since GitHub
 * scrolls a code block sideways instead of wrapping it and a reviewer misses what runs off the
 * edge: ARM ids in the stack's subscription are written relative to it, and long values are wrapped
 * at spaces.
 */
final class NarrowLines {
  /** Wider than this, a line is wrapped (about what a comment shows on a laptop screen). */
  static final int WIDTH = 100;

  /** What an id relative to the stack's subscription starts with; a block says what it means. */
  static final String ELLIPSIS = "…";

  private NarrowLines() {}

  /**
   * {@code text} with every {@code /subscriptions/<subscription>} (any case) written as {@link
   * #ELLIPSIS}.
   */
  static String relative(String text, String subscription) {
    if (subscription == null || subscription.isBlank()) {
      return text;
    }
    String prefix = ("/subscriptions/" + subscription).toLowerCase(Locale.ROOT);
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int at = lower.indexOf(prefix); at >= 0; at = lower.indexOf(prefix, from)) {
      int end = at + prefix.length();
      boolean whole = end == text.length() || text.charAt(end) == '/' || text.charAt(end) == '"';
      out.append(text, from, whole ? at : end).append(whole ? ELLIPSIS : "");
      from = end;
    }
    return out.append(text.substring(from)).toString();
  }

  /**
   * {@code head + text} as lines no wider than {@link #WIDTH} where spaces allow, each line after
   * the first starting with {@code indent}.
   */
  static List<String> wrap(String head, String text, String indent) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder(head);
    int start = 0;
    while (start < text.length()) {
      int space = text.indexOf(' ', start + 1);
      int end = space < 0 ? text.length() : space;
      boolean fresh = line.length() == head.length() || line.toString().equals(indent);
      if (!fresh && line.length() + (end - start) > WIDTH) {
        out.add(line.toString());
        line = new StringBuilder(indent);
        if (text.charAt(start) == ' ') {
          start++;
        }
      }
      line.append(text, start, end);
      start = end;
    }
    out.add(line.toString());
    return out;
  }
}
