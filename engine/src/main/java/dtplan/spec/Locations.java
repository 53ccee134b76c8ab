package dtplan.spec;

import dtplan.diag.SourceLocation;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a spec stands in its file, keyed by JSON Pointer ({@code
 * /instances/factory/endpoints}). The key that names a value of a mapping is recorded beside it, so
 * "unknown key" errors point at the key, not at its value.
 */
public final class Locations {
  private final String file;

  /**
   * One entry per value, holding its key's place too: a spec of 1,000 instances has some 100,000
   * values, and each lookup hashes a fresh pointer (issue 19).
   */
  private final Map<String, Place> byPointer = new HashMap<>();

  private String source = "";

  /** A value's place, and the place of the key that names it (null until recorded). */
  private static final class Place {
    SourceLocation value;
    SourceLocation key;
  }

  Locations(String file) {
    this.file = file;
  }

  void put(String pointer, int line, int column) {
    byPointer.computeIfAbsent(pointer, p -> new Place()).value =
        new SourceLocation(file, line, column);
  }

  /** Records where the key that names the value at {@code pointer} stands. */
  void putKey(String pointer, int line, int column) {
    byPointer.computeIfAbsent(pointer, p -> new Place()).key =
        new SourceLocation(file, line, column);
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
    String p = pointer;
    while (true) {
      Place at = byPointer.get(p);
      if (at != null && at.value != null) {
        return at.value;
      }
      if (p.isEmpty()) {
        return new SourceLocation(file, 1, 1);
      }
      p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
    }
  }

  /** Whether the spec has a value at {@code pointer}. */
  boolean has(String pointer) {
    Place at = byPointer.get(pointer);
    return at != null && at.value != null;
  }

  /** The place of the value at {@code pointer} if the spec has one, else of the key {@code key}. */
  SourceLocation ofValueOrKey(String pointer, String key) {
    return has(pointer) ? of(pointer) : ofKey(key);
  }

  /** The place of the key that names {@code pointer} (its value's place if unknown). */
  public SourceLocation ofKey(String pointer) {
    Place at = byPointer.get(pointer);
    return at != null && at.key != null ? at.key : of(pointer);
  }

  static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }
}
