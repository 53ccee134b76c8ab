package dtplan.plan;

import java.util.List;

/**
 * Where a resource is declared: the spec's own path to it ({@code instances.factory.endpoints.hub},
 * {@code instances.factory.roles[0]}), so a reviewer can find it. A value compared by equality and
 * asked for its parts; its text is for people and is only read back where a plan file is.
 */
public record ResourceAddress(List<Segment> segments) implements Comparable<ResourceAddress> {
  /**
   * One step of the path: {@code .name}, {@code [index]} or {@code ["name"]}. A spec key that a
   * reader could not tell from the path around it (a dot, a bracket, a quote, a space) is always
   * quoted, as Terraform writes {@code module.x["a.b"]}, so that the text names one path only.
   */
  public record Segment(String name, Form form) {
    @Override
    public String toString() {
      return switch (form) {
        case FIELD -> name;
        case INDEX -> "[" + name + "]";
        case QUOTED -> "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
      };
    }

    // Written out rather than left to the record's generated methods: the planner's maps hash and
    // compare addresses hundreds of thousands of times per plan, much of it before the JIT has
    // compiled those generated methods (issue 19).
    @Override
    public boolean equals(Object o) {
      return o instanceof Segment s && form == s.form && name.equals(s.name);
    }

    @Override
    public int hashCode() {
      return 31 * name.hashCode() + form.ordinal();
    }
  }

  /** A key as a segment: plain where the plain text is unambiguous, quoted otherwise. */
  private static Segment key(String name) {
    boolean plain = !name.isEmpty();
    for (int i = 0; plain && i < name.length(); i++) {
      char c = name.charAt(i);
      plain = c > ' ' && c != '.' && c != '[' && c != ']' && c != '"' && c != '\\' && c != 127;
    }
    return new Segment(name, plain ? Form.FIELD : Form.QUOTED);
  }

  /** How a segment is written. */
  public enum Form {
    FIELD,
    INDEX,
    QUOTED
  }

  public ResourceAddress {
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("an address has at least one segment");
    }
  }

  // Written out for the reason Segment's are (issue 19).
  @Override
  public boolean equals(Object o) {
    return o instanceof ResourceAddress a && segments.equals(a.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  static ResourceAddress of(String root, String key) {
    return new ResourceAddress(List.of(field(root), key(key)));
  }

  ResourceAddress field(String collection, String key) {
    return append(field(collection), key(key));
  }

  ResourceAddress index(String collection, int index) {
    return append(field(collection), new Segment(Integer.toString(index), Form.INDEX));
  }

  static ResourceAddress quoted(String root, String key) {
    return new ResourceAddress(List.of(field(root), new Segment(key, Form.QUOTED)));
  }

  private ResourceAddress append(Segment... more) {
    List<Segment> all = new java.util.ArrayList<>(segments);
    all.addAll(List.of(more));
    return new ResourceAddress(all);
  }

  private static Segment field(String name) {
    return new Segment(name, Form.FIELD);
  }

  /**
   * The instance the address lies in ({@code factory} for anything under {@code
   * instances.factory}), or null.
   */
  public String instanceKey() {
    return segments.size() >= 2 && segments.get(0).name().equals("instances")
        ? segments.get(1).name()
        : null;
  }

  /** The address of the instance the address lies in ({@code instances.f}), or null. */
  public ResourceAddress instance() {
    return instanceKey() == null ? null : new ResourceAddress(segments.subList(0, 2));
  }

  /**
   * What a list of changes calls the resource: {@code hub} for {@code instances.f.endpoints.hub},
   * {@code roles[0]} for {@code instances.f.roles[0]}, the name for {@code
   * roleAssignments["name"]}.
   */
  public String shortName() {
    Segment last = segments.get(segments.size() - 1);
    if (last.form() == Form.INDEX && segments.size() > 1) {
      return segments.get(segments.size() - 2).name() + last;
    }
    return last.name();
  }

  /**
   * Reads an address back from a plan file ({@code PlanFileMapper}), the one place its text comes
   * back.
   *
   * @throws IllegalArgumentException if the text is not an address dtplan writes
   */
  public static ResourceAddress parse(String text) {
    List<Segment> out = new java.util.ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("[\"", i)) {
        StringBuilder name = new StringBuilder();
        int j = i + 2;
        while (j < text.length() && text.charAt(j) != '"') {
          if (text.charAt(j) == '\\' && j + 1 < text.length()) {
            j++;
          }
          name.append(text.charAt(j++));
        }
        if (!text.startsWith("\"]", j)) {
          throw new IllegalArgumentException("unclosed [\" in address " + text);
        }
        out.add(new Segment(name.toString(), Form.QUOTED));
        i = j + 2;
      } else if (text.charAt(i) == '[') {
        int end = text.indexOf(']', i);
        if (end < 0 || !text.substring(i + 1, end).matches("[0-9]+")) {
          throw new IllegalArgumentException("bad index in address " + text);
        }
        out.add(new Segment(text.substring(i + 1, end), Form.INDEX));
        i = end + 1;
      } else {
        int start = text.charAt(i) == '.' && !out.isEmpty() ? i + 1 : i;
        int end = start;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        if (end == start) {
          throw new IllegalArgumentException("empty segment in address " + text);
        }
        out.add(field(text.substring(start, end)));
        i = end;
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("empty address");
    }
    ResourceAddress parsed = new ResourceAddress(out);
    if (!parsed.toString().equals(text)) {
      throw new IllegalArgumentException("not an address dtplan writes: " + text);
    }
    return parsed;
  }

  @Override
  public String toString() {
    return text(0);
  }

  /** The text of the segments from {@code from} on, as they stand in the whole address's text. */
  private String text(int from) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (s.form() == Form.FIELD && i > 0) {
        out.append('.');
      }
      out.append(s);
    }
    return out.toString();
  }

  /**
   * By text, so plans list changes in the same order as before addresses were values. Equal leading
   * segments write equal leading text, so only the texts after them are built: sorting the 21,000
   * changes of a plan of 1,000 instances compares addresses hundreds of thousands of times (issue
   * 19).
   */
  @Override
  public int compareTo(ResourceAddress other) {
    int same = 0;
    int shorter = Math.min(segments.size(), other.segments.size());
    while (same < shorter && segments.get(same).equals(other.segments.get(same))) {
      same++;
    }
    if (same < shorter) {
      // Two segments of one form that is not quoted write the same text before their names: where
      // the names differ before either ends, the texts differ first there, and by the same chars.
      Segment mine = segments.get(same);
      Segment theirs = other.segments.get(same);
      String a = mine.name();
      String b = theirs.name();
      int n = Math.min(a.length(), b.length());
      if (mine.form() == theirs.form()
          && mine.form() != Form.QUOTED
          && !a.regionMatches(0, b, 0, n)) {
        return a.compareTo(b);
      }
    }
    return text(same).compareTo(other.text(same));
  }
}
