package dtplan.spec;

import dtplan.diag.Diagnostic;
import dtplan.diag.SourceLocation;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;

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

  YamlProblems(String file) {
    this.file = file;
  }

  Diagnostic explain(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem().trim();
    String context = e.getContext() == null ? "" : e.getContext();
    SourceLocation at = at(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark());
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
   * SnakeYAML stops at too many aliases without saying where; a second pass over the events (which
   * expands nothing) finds the alias that crossed the limit.
   */
  Diagnostic tooManyAliases(String text, int limit) {
    Set<String> collectionAnchors = new HashSet<>();
    int seen = 0;
    Mark where = null;
    try {
      for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(text))) {
        if (event instanceof CollectionStartEvent start && start.getAnchor() != null) {
          collectionAnchors.add(start.getAnchor());
        } else if (event instanceof AliasEvent alias
            && collectionAnchors.contains(alias.getAnchor())
            && ++seen > limit) {
          where = alias.getStartMark();
          break;
        }
      }
    } catch (RuntimeException e) {
      // The place is a courtesy; the error stands without it.
    }
    return Diagnostic.error(
        where == null ? new SourceLocation(file, 1, 1) : at(where),
        "the spec uses more than " + limit + " aliases (*name) to lists or mappings",
        "aliases of aliases multiply (\"billion laughs\"); write the values out");
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
