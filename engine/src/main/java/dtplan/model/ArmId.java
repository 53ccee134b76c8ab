package dtplan.model;

import java.util.Locale;

/**
 * ARM resource ids: normalised for comparison (Azure answers with other cases and sometimes
 * trailing slashes), and compared by scope. ARM ids are case-insensitive.
 */
public final class ArmId {
  private ArmId() {}

  private static final java.util.regex.Pattern REPEATED_SLASHES =
      java.util.regex.Pattern.compile("/{2,}");

  /** Leading slash, no trailing or doubled slashes; case kept as given. */
  public static String normalize(String id) {
    if (id == null) {
      return null;
    }
    // Planning normalises ids in its inner loops: skip the regex for ids that are already clean.
    if (id.startsWith("/")
        && !id.contains("//")
        && (id.length() == 1 || !id.endsWith("/"))
        && id.strip().equals(id)) {
      return id;
    }
    String collapsed = REPEATED_SLASHES.matcher(id.trim()).replaceAll("/");
    if (!collapsed.startsWith("/")) {
      collapsed = "/" + collapsed;
    }
    while (collapsed.length() > 1 && collapsed.endsWith("/")) {
      collapsed = collapsed.substring(0, collapsed.length() - 1);
    }
    return collapsed;
  }

  public static boolean same(String a, String b) {
    return a != null && b != null && normalize(a).equalsIgnoreCase(normalize(b));
  }

  /** Whether {@code target} is {@code scope} itself or lies below it. */
  public static boolean isAtOrBelow(String target, String scope) {
    String t = normalize(target);
    String s = normalize(scope);
    // Planning asks this for every role against every target: compare in place, without lower-case
    // copies, where ignoring case char by char is the same as lower-casing (ASCII, as ARM ids are).
    if (isAscii(t) && isAscii(s)) {
      return s.equals("/")
          || t.regionMatches(true, 0, s, 0, s.length())
              && (t.length() == s.length() || t.charAt(s.length()) == '/');
    }
    t = t.toLowerCase(Locale.ROOT);
    s = s.toLowerCase(Locale.ROOT);
    return t.equals(s) || s.equals("/") || t.startsWith(s + "/");
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  public static String lastSegment(String id) {
    String n = normalize(id);
    return n.substring(n.lastIndexOf('/') + 1);
  }

  /**
   * The value after {@code key} in the id ({@code segment(id, "namespaces")} is the namespace
   * name), or null.
   */
  public static String segment(String id, String key) {
    // Checks ask this of every scope in a spec: find the key in place instead of splitting the id.
    String n = normalize(id);
    for (int from = 1; from < n.length(); ) {
      int end = n.indexOf('/', from);
      if (end < 0) {
        return null;
      }
      if (end - from == key.length() && n.regionMatches(true, from, key, 0, key.length())) {
        int next = n.indexOf('/', end + 1);
        return n.substring(end + 1, next < 0 ? n.length() : next);
      }
      from = end + 1;
    }
    return null;
  }

  /** The id of the parent resource: {@code .../namespaces/ns/eventhubs/hub} gives the namespace. */
  public static String parent(String id) {
    String n = normalize(id);
    int last = n.lastIndexOf('/');
    int prev = last > 0 ? n.lastIndexOf('/', last - 1) : -1;
    return prev <= 0 ? "/" : n.substring(0, prev);
  }
}
