package dtplan.spec;

import dtplan.model.RoleDefinitions;

/**
 * Matches an ARM id against a shape segment by segment, in place. The shapes were regular
 * expressions with {@code (?i)}; a spec of 1,000 instances names some 14,000 ids, and matching them
 * was a third of the rules' time (issue 19). {@code ArmIdMatcherTest} holds those expressions and
 * checks that this matcher answers as they do, on the ids of the corpus and on random mutations of
 * them.
 *
 * <p>As the expressions did, it ignores the case of ASCII letters only (no UNICODE_CASE), so {@code
 * subscrıptions} with a dotless ı or a Kelvin sign for K is no match.
 */
final class ArmIdMatcher {
  /** What a template segment stands for; any other template segment is itself, case ignored. */
  static final String NAME = "*";

  private ArmIdMatcher() {}

  /**
   * Whether {@code id} is {@code /subscriptions/<guid>/resourceGroups/<rg>/providers/} followed by
   * the template's segments, each {@link #NAME} standing for a non-empty name.
   */
  static boolean resource(String id, String[] template) {
    int at = subscriptionAndGroup(id);
    if (at < 0 || at == id.length()) {
      return false;
    }
    at = literal(id, at, "providers");
    for (String segment : template) {
      if (at < 0) {
        return false;
      }
      at = segment.equals(NAME) ? name(id, at) : literal(id, at, segment);
    }
    return at == id.length();
  }

  /**
   * Whether {@code id} is a scope: {@code /subscriptions/<guid>}, optionally {@code
   * /resourceGroups/<rg>}, then optionally {@code /providers/<namespace>} and one or more {@code
   * /<type>/<name>} pairs.
   */
  static boolean scope(String id) {
    int at = subscription(id);
    if (at < 0 || at == id.length()) {
      return at == id.length();
    }
    at = group(id, at);
    if (at < 0 || at == id.length()) {
      return at == id.length();
    }
    at = literal(id, at, "providers");
    if (at < 0) {
      return false;
    }
    int end = segmentEnd(id, at);
    if (end == at || !providerNamespace(id, at, end)) {
      return false;
    }
    at = end;
    int pairs = 0;
    while (at < id.length()) {
      at = name(id, at);
      at = at < 0 ? -1 : name(id, at);
      if (at < 0) {
        return false;
      }
      pairs++;
    }
    return pairs > 0;
  }

  /** After {@code /subscriptions/<guid>/resourceGroups/<rg>}, or -1. */
  private static int subscriptionAndGroup(String id) {
    int at = subscription(id);
    return at < 0 ? -1 : group(id, at);
  }

  /** After {@code /subscriptions/<guid>}, or -1. */
  private static int subscription(String id) {
    int at = literal(id, 0, "subscriptions");
    if (at < 0) {
      return -1;
    }
    int end = segmentEnd(id, at);
    return RoleDefinitions.isGuid(id, at + 1, end) ? end : -1;
  }

  /** After {@code /resourceGroups/<rg>} at {@code at}, or -1. */
  private static int group(String id, int at) {
    at = literal(id, at, "resourceGroups");
    if (at < 0) {
      return -1;
    }
    int end = segmentEnd(id, at);
    if (end <= at + 1) {
      return -1;
    }
    for (int i = at + 1; i < end; i++) {
      char c = id.charAt(i);
      if (!(isAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '(' || c == ')')) {
        return -1;
      }
    }
    return end;
  }

  /** After {@code /<word>} at {@code at}, the word's ASCII case ignored, or -1. */
  private static int literal(String id, int at, String word) {
    int end = at + 1 + word.length();
    if (end > id.length() || id.charAt(at) != '/' || (end < id.length() && id.charAt(end) != '/')) {
      return -1;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!sameIgnoringAsciiCase(id.charAt(at + 1 + i), word.charAt(i))) {
        return -1;
      }
    }
    return end;
  }

  /** After {@code /<name>} at {@code at}, the name non-empty, or -1. */
  private static int name(String id, int at) {
    if (at >= id.length() || id.charAt(at) != '/') {
      return -1;
    }
    int end = segmentEnd(id, at);
    return end > at + 1 ? end : -1;
  }

  /** Where the segment that starts with the slash at {@code at} ends. */
  private static int segmentEnd(String id, int at) {
    int next = id.indexOf('/', at + 1);
    return next < 0 ? id.length() : next;
  }

  private static boolean providerNamespace(String id, int at, int end) {
    if (id.charAt(at) != '/' || end == at + 1) {
      return false;
    }
    for (int i = at + 1; i < end; i++) {
      char c = id.charAt(i);
      if (!(isAsciiLetterOrDigit(c) || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean sameIgnoringAsciiCase(char c, char expected) {
    if (c == expected) {
      return true;
    }
    char lower = expected >= 'A' && expected <= 'Z' ? (char) (expected + 32) : expected;
    char upper = expected >= 'a' && expected <= 'z' ? (char) (expected - 32) : expected;
    return c == lower || c == upper;
  }
}
