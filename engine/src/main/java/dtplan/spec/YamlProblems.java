package dtplan.spec;

import dtplan.diag.Diagnostic;
import dtplan.diag.SourceLocation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's error texts speak of tokens and block ends; these are the ones people hit, said in
 * the spec author's words and placed where the mistake is (an unclosed quote at its opening, not at
 * the end of the file).
 */
final class YamlProblems {
  static final String TAG_HINT =
      "remove the tag; dtplan specs use plain strings, numbers, lists and mappings";
  private static final Pattern FLOW = Pattern.compile("expected ',' or '(.)', but got (.+)");
  private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

  private final String file;
  private final String role;

  YamlProblems(String file, String role) {
    this.file = file;
    this.role = role;
  }

  Diagnostic explain(MarkedYAMLException e, String text) {
    String problem = e.getProblem() == null ? "" : e.getProblem().trim();
    String context = e.getContext() == null ? "" : e.getContext();
    SourceLocation at = at(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark());
    if (problem.contains("could not find expected ':'")
        || problem.contains("mapping values are not allowed")) {
      Diagnostic longKey =
          longKey(e.getContextMark() != null ? e.getContextMark() : e.getProblemMark(), text);
      if (longKey != null) {
        return longKey;
      }
    }
    if (problem.contains("cannot start any token") && problem.contains("TAB")) {
      return Diagnostic.error(
          at, "malformed YAML: a tab is used for indentation", "indent with spaces, never tabs");
    }
    if (problem.startsWith("Global tag is not allowed:")) {
      return Diagnostic.error(
          at,
          "YAML tag `"
              + shortTag(problem.substring(problem.indexOf(':') + 1).trim())
              + "`"
              + " is not allowed",
          TAG_HINT);
    }
    if (context.contains("quoted scalar") && problem.contains("end of stream")) {
      return Diagnostic.error(
          at(e.getContextMark()),
          "malformed YAML: the quoted string that starts here is never closed",
          "close it with the same quote character");
    }
    if (problem.contains("another document")) {
      return Diagnostic.error(
          at,
          "malformed YAML: a second document starts here; a spec is one document",
          "remove this `---` and what follows, or move it to its own file");
    }
    if (problem.startsWith("expected <block end>")) {
      return Diagnostic.error(
          at,
          "malformed YAML: this line is indented differently from the keys above it",
          "keys of one mapping must line up; only a key ending in `:` takes a nested block");
    }
    if (problem.contains("mapping values are not allowed")) {
      return Diagnostic.error(
          at,
          "malformed YAML: `: ` inside a value that is not quoted",
          "quote the whole value: \"…\"");
    }
    Matcher flow = FLOW.matcher(problem);
    if (flow.matches()) {
      String opener = flow.group(1).equals("}") ? "{" : "[";
      Mark open = e.getContextMark();
      String found = flow.group(2).trim();
      return Diagnostic.error(
          at,
          "malformed YAML: expected `,` or `"
              + flow.group(1)
              + "`, found `"
              + found
              + "`"
              + (open == null ? "" : " (in the `" + opener + "` at line " + line(open) + ")"),
          found.equals("{")
              ? "inside {…} or […], quote values that contain ${…}: \"${env:NAME}\""
              : "close the `" + opener + "` with `" + flow.group(1) + "`");
    }
    return Diagnostic.error(
        at,
        "malformed YAML: " + firstLine(problem.isEmpty() ? e.getMessage() : problem),
        "check the indentation and quoting near this place");
  }

  /**
   * A key longer than YAML's 1024-character limit for {@code key: value} makes SnakeYAML give up
   * with "could not find expected ':'" or "mapping values are not allowed", which read as a missing
   * or stray colon; the colon is there. Found by measuring the key on the line where it failed.
   */
  private Diagnostic longKey(Mark mark, String text) {
    if (mark == null) {
      return null;
    }
    int count = text.codePointCount(0, text.length());
    int at = text.offsetByCodePoints(0, Math.min(mark.getIndex(), count));
    int start = text.lastIndexOf('\n', at - 1) + 1;
    int end = text.indexOf('\n', at);
    String line = text.substring(start, end < 0 ? text.length() : end).stripTrailing();
    int key = 0;
    while (key < line.length()
        && (line.charAt(key) == ' ' || line.startsWith("- ", key) || line.startsWith("? ", key))) {
      key += line.charAt(key) == ' ' ? 1 : 2;
    }
    int colon = line.indexOf(": ", key);
    int keyEnd = colon >= 0 ? colon : line.endsWith(":") ? line.length() - 1 : -1;
    if (keyEnd < 0 || line.codePointCount(key, keyEnd) <= YamlReader.MAX_KEY_CHARS) {
      return null;
    }
    return keyTooLong(
        new SourceLocation(file, mark.getLine() + 1, line.codePointCount(0, key) + 1),
        line.codePointCount(key, keyEnd));
  }

  static Diagnostic keyTooLong(SourceLocation at, int length) {
    return Diagnostic.error(
        at,
        "a key of "
            + String.format("%,d", length)
            + " characters; keys are at most "
            + String.format("%,d", YamlReader.MAX_KEY_CHARS)
            + " characters",
        "keys name things (instances, endpoints, tags); is a value written where a key belongs?");
  }

  /**
   * SnakeYAML refuses a control character (a NUL, say) without saying where; the first such
   * character is found here and placed by line and column as SnakeYAML counts them.
   */
  Diagnostic unprintable(String text, ReaderException e) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!StreamReader.isPrintable(c)) {
        String name = Character.getName(c);
        return Diagnostic.error(
            new SourceLocation(file, line, column),
            "the "
                + role
                + " contains the control character "
                + String.format("U+%04X", c)
                + (name == null ? "" : " (" + name + ")")
                + ", which YAML does not allow",
            "remove it; a " + role + " is plain text (is this the right file?)");
      }
      boolean lineBreak =
          c == '\n'
              || c == 0x85
              || c == 0x2028
              || c == 0x2029
              || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (lineBreak) {
        line++;
        column = 1;
      } else if (c != 0xFEFF) {
        column++;
      }
      i += Character.charCount(c);
    }
    return Diagnostic.error(
        new SourceLocation(file, 1, 1),
        "the " + role + " cannot be read as YAML: " + firstLine(e.getMessage()),
        null);
  }

  static String shortTag(String tag) {
    return tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length()) : tag;
  }

  private SourceLocation at(Mark mark) {
    return mark == null
        ? new SourceLocation(file, 1, 1)
        : new SourceLocation(file, line(mark), mark.getColumn() + 1);
  }

  private static int line(Mark mark) {
    return mark.getLine() + 1;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unknown problem";
    }
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).trim();
  }
}
