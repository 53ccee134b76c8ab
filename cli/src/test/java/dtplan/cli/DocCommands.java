package dtplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dtplan commands of a Markdown file's fenced shell blocks, in document order, with what the
 * doc implies about each: the exit code, or that it cannot run here.
 *
 * <p>A block takes its expectation from an HTML comment on a line of its own before it (only blank
 * lines between): {@code <!-- doc-test: exit 2 -->}, or {@code <!-- doc-test: skip (why) -->}, the
 * reason required. Without one, every command in it must exit 0.
 */
final class DocCommands {
  /** One command: where it is, its environment assignments and words, and what it must do. */
  record Command(
      String file,
      int line,
      Map<String, String> env,
      List<String> args,
      Integer exit,
      String skip) {
    String where() {
      return file + ":" + line;
    }
  }

  private static final Set<String> SHELLS = Set.of("sh", "bash", "shell", "console");
  private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})\\s*(\\S*)");
  private static final Pattern ANNOTATION =
      Pattern.compile("^\\s*<!--\\s*doc-test:\\s*(.*?)\\s*-->\\s*$");
  private static final Pattern EXIT = Pattern.compile("exit (\\d+)");
  private static final Pattern SKIP = Pattern.compile("skip \\((.+)\\)");
  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Z_][A-Z0-9_]*=\\S*");
  private static final Pattern DTPLAN_LINE =
      Pattern.compile("([A-Z_][A-Z0-9_]*=\\S*\\s+)*(\\./)?dtplan(\\s.*)?");

  private DocCommands() {}

  static List<Command> of(Path root, Path doc) throws IOException {
    String file = root.relativize(doc).toString();
    List<String> lines = Files.readAllLines(doc);
    List<Command> out = new ArrayList<>();
    String annotation = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher a = ANNOTATION.matcher(line);
      if (a.matches()) {
        annotation = a.group(1);
        continue;
      }
      Matcher f = FENCE.matcher(line);
      if (!f.find()) {
        if (!line.isBlank()) {
          annotation = null;
        }
        continue;
      }
      String fence = f.group(1);
      boolean shell = SHELLS.contains(f.group(2));
      Integer exit = 0;
      String skip = null;
      if (annotation != null) {
        Matcher e = EXIT.matcher(annotation);
        Matcher s = SKIP.matcher(annotation);
        if (e.matches()) {
          exit = Integer.valueOf(e.group(1));
        } else if (s.matches()) {
          skip = s.group(1);
        } else {
          throw new IllegalArgumentException(
              file
                  + ":"
                  + i
                  + ": a doc-test annotation is `exit N` or `skip (why)`: "
                  + annotation);
        }
      }
      annotation = null;
      int start = i + 1;
      StringBuilder joined = new StringBuilder();
      for (i = start; i < lines.size() && !lines.get(i).trim().startsWith(fence); i++) {
        String text = lines.get(i);
        if (text.endsWith("\\")) {
          joined.append(text, 0, text.length() - 1).append(' ');
          continue;
        }
        joined.append(text);
        Command c = shell ? command(file, i + 1, joined.toString(), exit, skip) : null;
        if (c != null) {
          out.add(c);
        }
        joined.setLength(0);
      }
    }
    return out;
  }

  /** A dtplan command line, or null for anything else (another program, a comment). */
  private static Command command(String file, int line, String text, Integer exit, String skip) {
    String s = text.strip();
    if (s.startsWith("$ ")) {
      s = s.substring(2);
    }
    s = s.replaceFirst("\\s+#\\s.*$", "");
    if (!DTPLAN_LINE.matcher(s).matches()) {
      return null;
    }
    List<String> words = words(s, file + ":" + line);
    Map<String, String> env = new LinkedHashMap<>();
    while (!words.isEmpty() && ASSIGNMENT.matcher(words.get(0)).matches()) {
      String w = words.remove(0);
      env.put(w.substring(0, w.indexOf('=')), w.substring(w.indexOf('=') + 1));
    }
    return new Command(file, line, env, List.copyOf(words.subList(1, words.size())), exit, skip);
  }

  /**
   * Words as a POSIX shell splits them, quotes removed; shell syntax beyond that (pipes,
   * redirection, substitution, several commands) cannot run here and is refused.
   */
  static List<String> words(String s, String where) {
    List<String> out = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          out.add(word.toString());
          word = null;
        }
      } else if ("|&;<>$`(){}".indexOf(c) >= 0) {
        throw new IllegalArgumentException(
            where
                + ": shell syntax the doc test cannot run ("
                + c
                + "); mark the block <!-- doc-test: skip (why) --> or simplify it: "
                + s);
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      out.add(word.toString());
    }
    return out;
  }
}
