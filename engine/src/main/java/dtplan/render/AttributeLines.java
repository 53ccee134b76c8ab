package dtplan.render;

import dtplan.diag.ControlChars;
import dtplan.plan.Action;
import dtplan.plan.AttributeChange;
import dtplan.plan.PlannedChange;
import dtplan.plan.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The attribute lines of one change, the same for every human format: an update shows only what
 * changes, everything else shows every attribute. Each format paints the marker its own way.
 */
final class AttributeLines {
  /** How an attribute line is marked. */
  enum Marker {
    ADD("+"),
    REMOVE("-"),
    CHANGE("~"),
    SAME(" ");

    final String symbol;

    Marker(String symbol) {
      this.symbol = symbol;
    }
  }

  /**
   * One attribute: {@code text} is what follows {@code path = }; {@code note} is a trailing comment
   * (without {@code #}), or null.
   */
  record Line(Marker marker, String path, String text, boolean forcesReplacement, String note) {}

  /** The lines shown, and how many unchanged attributes were hidden. */
  record Lines(List<Line> shown, int hidden) {
    int width() {
      return shown.stream().mapToInt(l -> l.path().length()).max().orElse(0);
    }
  }

  private AttributeLines() {}

  static Lines of(PlannedChange c) {
    List<AttributeChange> shown =
        sortedTags(c.action() == Action.UPDATE ? c.changedAttributes() : c.attributes());
    List<Line> lines = new ArrayList<>();
    for (AttributeChange a : shown) {
      lines.add(line(c.action(), a));
    }
    return new Lines(List.copyOf(lines), c.attributes().size() - shown.size());
  }

  /**
   * The same attributes with the tags among them in name order, wherever the plan put them: a
   * resource's tag map need not iterate in a stable order, and the same plan must print the same.
   */
  static List<AttributeChange> sortedTags(List<AttributeChange> attributes) {
    List<AttributeChange> tags =
        attributes.stream()
            .filter(a -> a.path().startsWith("tags."))
            .sorted(java.util.Comparator.comparing(AttributeChange::path))
            .toList();
    List<AttributeChange> out = new ArrayList<>(attributes.size());
    int next = 0;
    for (AttributeChange a : attributes) {
      out.add(a.path().startsWith("tags.") ? tags.get(next++) : a);
    }
    return out;
  }

  private static Line line(Action action, AttributeChange a) {
    Marker marker;
    String text;
    if (a.before() == null) {
      marker = Marker.ADD;
      text = a.after().display();
    } else if (a.after() == null) {
      marker = Marker.REMOVE;
      text = a.before().display() + (action == Action.DELETE ? "" : " -> null");
    } else if (a.changed()) {
      marker = Marker.CHANGE;
      text = a.before().display() + " -> " + a.after().display();
    } else {
      marker = Marker.SAME;
      text = a.after().display();
    }
    return new Line(
        marker,
        ControlChars.escape(a.path()),
        ControlChars.escape(text),
        a.forcesReplacement(),
        ControlChars.escape(unknownSource(a.after())));
  }

  /** Where a value known only after apply comes from, so a reviewer need not guess. */
  private static String unknownSource(Value after) {
    return after != null && after.isUnknown() ? "from " + after.text() : null;
  }

  static String hiddenNote(int hidden) {
    return "(" + hidden + " unchanged attribute" + (hidden == 1 ? "" : "s") + " hidden)";
  }
}
