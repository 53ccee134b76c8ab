package dtplan.spec;

import dtplan.diag.SourceLocation;
import java.util.Arrays;
import java.util.List;

/**
 * Where each value of a spec stands in its file, looked up by JSON Pointer ({@code
 * /instances/factory/endpoints}). The key that names a value of a mapping is recorded beside it, so
 * "unknown key" errors point at the key, not at its value.
 *
 * <p>The places form a tree shaped like the document ({@link Place}), built by {@link LocatedTree}
 * as it reads: a pointer is walked segment by segment only when something asks. A spec of 1,000
 * instances has some 100,000 values; a map from every value's pointer string was the larger half of
 * what a read kept alive, and building those strings a tenth of its CPU (issue 19).
 */
public final class Locations {
  private final String file;
  private Place root;
  private String source = "";

  /** The last pointer walked, where each of its segments ends, and the place after each. */
  private String lastPath = "";

  private int[] lastEnds = new int[16];
  private Place[] lastPlaces = new Place[16];
  private int lastDepth;

  /**
   * A value's place, the place of the key that names it (line 0 when none: the root, list items),
   * and its children's places: a {@link PlaceMap} for a mapping, a {@code List<Place>} for a list,
   * null for a scalar. Never changed once built, so an alias's places can be shared.
   */
  record Place(int line, int column, int keyLine, int keyColumn, Object children) {
    Place named(int keyLine, int keyColumn) {
      return new Place(line, column, keyLine, keyColumn, children);
    }

    /** The child at {@code key}, as written (not escaped). */
    Place child(String key) {
      if (children instanceof PlaceMap map) {
        return map.get(key);
      }
      return child(key, 0, key.length());
    }

    /** The child named by the pointer's segment from {@code from} to {@code to}, escaped. */
    Place child(String pointer, int from, int to) {
      if (children instanceof PlaceMap map) {
        return map.get(pointer, from, to);
      }
      if (children instanceof List<?> list) {
        int index = index(pointer, from, to);
        return index >= 0 && index < list.size() ? (Place) list.get(index) : null;
      }
      return null;
    }

    private static int index(String pointer, int from, int to) {
      // As a pointer names list items: digits, no leading zero (JSON Pointer, RFC 6901).
      int length = to - from;
      if (length == 0 || length > 9 || (length > 1 && pointer.charAt(from) == '0')) {
        return -1;
      }
      int value = 0;
      for (int i = from; i < to; i++) {
        char c = pointer.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }
  }

  Locations(String file) {
    this.file = file;
  }

  /** The places of the document that was read; none until then. */
  void root(Place root) {
    this.root = root;
    this.lastPath = "";
    this.lastDepth = 0;
    this.lastPlaces[0] = root;
  }

  /** The spec's text, so that a finding inside a value can point at one of its characters. */
  void source(String text) {
    this.source = text;
  }

  /** Line {@code n} (1-based) of the spec as written, without its line break; empty if none. */
  String sourceLine(int n) {
    int start = 0;
    for (int i = 1; i < n; i++) {
      start = source.indexOf('\n', start) + 1;
      if (start == 0) {
        return "";
      }
    }
    int end = source.indexOf('\n', start);
    return source.substring(start, end < 0 ? source.length() : end);
  }

  public String file() {
    return file;
  }

  /** The place of the value at {@code pointer}, or of its nearest recorded parent. */
  public SourceLocation of(String pointer) {
    Place nearest = walk(pointer, true);
    return nearest == null ? new SourceLocation(file, 1, 1) : value(nearest);
  }

  /** Whether the spec has a value at {@code pointer}. */
  boolean has(String pointer) {
    return exactly(pointer) != null;
  }

  /** The place of the value at {@code pointer} if the spec has one, else of the key {@code key}. */
  SourceLocation ofValueOrKey(String pointer, String key) {
    return has(pointer) ? of(pointer) : ofKey(key);
  }

  /** The place of the key that names {@code pointer} (its value's place if unknown). */
  public SourceLocation ofKey(String pointer) {
    Place at = exactly(pointer);
    return at != null && at.keyLine() > 0
        ? new SourceLocation(file, at.keyLine(), at.keyColumn())
        : of(pointer);
  }

  private Place exactly(String pointer) {
    return walk(pointer, false);
  }

  /**
   * The place at {@code pointer}; if there is none, null or ({@code nearest}) its nearest parent's.
   * Checks ask for several values of one mapping in a row ({@code …/ep-0}, {@code …/ep-0/auth},
   * {@code …/ep-0/eventhub}), so the walk starts from the deepest place the last walk shared.
   */
  private Place walk(String pointer, boolean nearest) {
    int shared = pointer.length() == 0 ? 0 : mismatch(pointer, lastPath);
    int depth = 0;
    while (depth < lastDepth
        && lastEnds[depth + 1] <= shared
        && (pointer.length() == lastEnds[depth + 1]
            || pointer.charAt(lastEnds[depth + 1]) == '/')) {
      depth++;
    }
    Place at = lastPlaces[depth];
    int from = lastEnds[depth];
    while (at != null && from < pointer.length()) {
      int end = pointer.indexOf('/', from + 1);
      end = end < 0 ? pointer.length() : end;
      Place next = at.child(pointer, from + 1, end);
      if (next == null) {
        break;
      }
      at = next;
      depth++;
      if (depth == lastPlaces.length) {
        lastPlaces = Arrays.copyOf(lastPlaces, depth * 2);
        lastEnds = Arrays.copyOf(lastEnds, depth * 2);
      }
      lastPlaces[depth] = at;
      lastEnds[depth] = end;
      from = end;
    }
    lastPath = pointer;
    lastDepth = depth;
    return from >= pointer.length() || nearest ? at : null;
  }

  private static int mismatch(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return n;
  }

  private SourceLocation value(Place place) {
    return new SourceLocation(file, place.line(), place.column());
  }

  static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** A pointer's segment as the key it names: {@link #child}'s escaping undone (RFC 6901). */
  static String unescape(String segment) {
    return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
  }
}
