package dtplan.spec;

import dtplan.diag.SourceLocation;
import java.util.Optional;

/**
 * The place in the file of one character of a string value. Exact only when the file spells the
 * value verbatim on one line: a plain scalar, or a quoted one without escapes. A block scalar, an
 * escape, a folded line or a substituted {@code ${…}} has no such place; callers then point at the
 * value's start.
 */
final class ScalarChars {
  private ScalarChars() {}

  /** The place of {@code value.charAt(index)} ({@code index == length} is just past the end). */
  static Optional<SourceLocation> at(Locations locations, String pointer, String value, int index) {
    if (!locations.has(pointer)
        || value.indexOf('\n') >= 0
        || index < 0
        || index > value.length()) {
      return Optional.empty();
    }
    SourceLocation start = locations.of(pointer);
    String line = locations.sourceLine(start.line());
    // SnakeYAML counts columns in code points; Java indexes strings in UTF-16 units.
    int i = charIndex(line, start.column() - 1);
    if (i < 0 || i >= line.length()) {
      return Optional.empty();
    }
    char first = line.charAt(i);
    boolean quoted = first == '\'' || first == '"';
    int content = quoted ? i + 1 : i;
    boolean verbatim =
        line.startsWith(value, content)
            && (!quoted || line.startsWith(String.valueOf(first), content + value.length()));
    if (!verbatim) {
      return Optional.empty();
    }
    int column = start.column() + (quoted ? 1 : 0) + value.codePointCount(0, index);
    return Optional.of(new SourceLocation(start.file(), start.line(), column));
  }

  private static int charIndex(String line, int codePoints) {
    int i = 0;
    for (int n = 0; n < codePoints; n++) {
      if (i >= line.length()) {
        return -1;
      }
      i += Character.charCount(line.codePointAt(i));
    }
    return i;
  }
}
