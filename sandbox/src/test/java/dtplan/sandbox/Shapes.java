package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Compares two JSON bodies by shape: the same field names at every level, each with the same JSON
 * type (null only where the other has null), and arrays element by element. Values are not
 * compared, because ids, GUIDs and timestamps are generated. The keys of {@code
 * userAssignedIdentities} are ARM ids, which Azure spells in either case, so they are compared
 * ignoring case.
 */
final class Shapes {
  private Shapes() {}

  /** Every difference, one line each; empty when the shapes agree. */
  static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare("", expected, actual, out);
    return out;
  }

  private static void compare(String at, JsonNode e, JsonNode a, List<String> out) {
    if (a == null || a.isMissingNode()) {
      out.add(at + ": missing (recorded " + e.getNodeType() + ")");
      return;
    }
    if (e.getNodeType() != a.getNodeType()) {
      out.add(at + ": recorded " + e.getNodeType() + ", sandbox " + a.getNodeType());
      return;
    }
    if (e.isObject()) {
      boolean ids = at.endsWith("/userAssignedIdentities");
      TreeMap<String, JsonNode> want = fields(e, ids);
      TreeMap<String, JsonNode> got = fields(a, ids);
      for (String k : want.keySet()) {
        compare(at + "/" + k, want.get(k), got.get(k), out);
      }
      for (String k : got.keySet()) {
        if (!want.containsKey(k)) {
          out.add(at + "/" + k + ": not in the recording");
        }
      }
    } else if (e.isArray()) {
      if (e.size() != a.size()) {
        out.add(at + ": recorded " + e.size() + " items, sandbox " + a.size());
        return;
      }
      for (int i = 0; i < e.size(); i++) {
        compare(at + "/" + i, e.get(i), a.get(i), out);
      }
    }
  }

  private static TreeMap<String, JsonNode> fields(JsonNode node, boolean ignoreCase) {
    TreeMap<String, JsonNode> out = new TreeMap<>();
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      out.put(ignoreCase ? n.toLowerCase(Locale.ROOT) : n, node.get(n));
    }
    return out;
  }
}
