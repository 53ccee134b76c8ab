package dtplan.spec;

/**
 * One of Azure's naming rules, able to say which part of it a name breaks ("has 2 characters"),
 * because "is not valid" leaves the author guessing.
 */
record NameRule(
    String what,
    int min,
    int max,
    NameChars allowedChars,
    boolean hyphenAtEndAllowed,
    boolean allDigitsAllowed,
    String expected) {

  /** Why {@code name} breaks the rule, or null when it does not. */
  String problem(String name) {
    int length = name.codePointCount(0, name.length());
    if (length < min || length > max) {
      return "has " + length + " character" + (length == 1 ? "" : "s") + ", expected " + range();
    }
    for (int i = 0; i < name.length(); i++) {
      if (!allowedChars.allows(name.charAt(i))) {
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
    if (!allDigitsAllowed && allDigits(name)) {
      return "is all digits";
    }
    return null;
  }

  /** A loop, not a stream: every endpoint name of a spec is asked (issue 19). */
  private static boolean allDigits(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isDigit(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private String range() {
    return min + "-" + max;
  }
}
