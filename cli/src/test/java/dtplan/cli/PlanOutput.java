package dtplan.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text plan dtplan prints: which address gets which action, and the summary. */
final class PlanOutput {
  private PlanOutput() {}

  private static final Pattern CHANGE =
      Pattern.compile(
          "^\\s*# (\\S+) (will be created|will be updated in-place|must be replaced|will be destroyed)",
          Pattern.MULTILINE);
  private static final Pattern SUMMARY =
      Pattern.compile(
          "Plan: (\\d+) to add, (\\d+) to change, (\\d+) to replace, (\\d+) to destroy\\.");

  /** Address → "created", "updated", "replaced" or "destroyed", in the order printed. */
  static Map<String, String> changes(String out) {
    Map<String, String> changes = new LinkedHashMap<>();
    Matcher m = CHANGE.matcher(out);
    while (m.find()) {
      String phrase = m.group(2);
      String action =
          phrase.contains("created")
              ? "created"
              : phrase.contains("updated")
                  ? "updated"
                  : phrase.contains("replaced") ? "replaced" : "destroyed";
      changes.put(m.group(1), action);
    }
    return changes;
  }

  /** The summary line's four numbers: add, change, replace, destroy; null when absent. */
  static int[] summary(String out) {
    Matcher m = SUMMARY.matcher(out);
    if (!m.find()) {
      return null;
    }
    return new int[] {
      Integer.parseInt(m.group(1)),
      Integer.parseInt(m.group(2)),
      Integer.parseInt(m.group(3)),
      Integer.parseInt(m.group(4))
    };
  }
}
