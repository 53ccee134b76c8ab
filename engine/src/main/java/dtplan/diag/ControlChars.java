package dtplan.diag;

/**
 * Makes invisible characters visible before text reaches a terminal, a log or a pull-request
 * comment. A value from a spec or from Azure may hold an ANSI escape ({@code ESC[2J} clears the
 * screen, {@code ESC]8;;} forges a link) or a bidirectional override ({@code U+202E}) that shows a
 * reviewer something other than what will be applied; each such character is written as its Java
 * escape ({@code \u001b}, {@code \u202e}) instead, so the text says what it holds.
 */
public final class ControlChars {
  private ControlChars() {}

  /** {@code text} with every control, bidi-control and invisible format character escaped. */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isHidden(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * C0 and C1 controls and DEL (line breaks included: every caller writes one value per line), the
   * bidi controls (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069), zero-width and other
   * invisible format characters (U+200B-U+200D, U+2060-U+2064, U+FEFF), and the Unicode line and
   * paragraph separators.
   */
  public static boolean isHidden(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x061c
        || (c >= 0x200b && c <= 0x200f)
        || (c >= 0x2028 && c <= 0x202e)
        || (c >= 0x2060 && c <= 0x2069)
        || c == 0xfeff;
  }
}
