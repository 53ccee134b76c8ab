package dtplan.spec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of Azure's naming rules, able to say which part of it a name breaks ("has 2 characters"),
 * because "is not valid" leaves the author guessing.
 */
record NameRule(
    String what,
    int min,
    int max,
    Pattern allowedChar,
    boolean hyphenAtEndAllowed,
    boolean allDigitsAllowed,
    String expected) {

  /** Why {@code name} breaks the rule, or null when it does not. */
  String problem(String name) {
    int length = name.codePointCount(0, name.length());
    if (length < min || length > max) {
      return "has " + length + " character" + (length == 1 ? "" : "s") + ", expected " + range();
    }
    // One matcher over the name, one character at a time: a spec of thousands of names checks
    // every character, and a string per character was most of what the check cost (issue 19).
    Matcher matcher = allowedChar.matcher(name);
    for (int i = 0; i < name.length(); i++) {
      if (!matcher.region(i, i + 1).matches()) {
        String c = String.valueOf(name.charAt(i));
        return "contains " + (c.equals(" ") ? "a space" : "`" + c + "`");
      }
    }
    if (!Character.isLetterOrDigit(name.charAt(0))) {
      return "starts with `" + name.charAt(0) + "`";
    }
    if (!hyphenAtEndAllowed && name.endsWith("-")) {
      return "ends with `-`";
    }
    if (!allDigitsAllowed && name.chars().allMatch(Character::isDigit)) {
      return "is all digits";
    }
    return null;
  }

  private String range() {
    return min + "-" + max;
  }
}
