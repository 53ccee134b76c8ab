package dtplan.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Request-target handling. The SDK sends {@code //subscriptions/...} for every *ById call, which
 * {@code java.net.URI#getPath} reads as an authority, so we work on the raw target only.
 */
final class Paths {
  private Paths() {}

  /** The path part of a raw request target with repeated slashes collapsed and no trailing one. */
  static String normalise(String rawTarget) {
    int q = rawTarget.indexOf('?');
    String p = q < 0 ? rawTarget : rawTarget.substring(0, q);
    if (p.startsWith("http://") || p.startsWith("https://")) {
      int slash = p.indexOf('/', p.indexOf("//") + 2);
      p = slash < 0 ? "/" : p.substring(slash);
    }
    p = p.replaceAll("/{2,}", "/");
    if (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.startsWith("/") ? p : "/" + p;
  }

  static String rawQuery(String rawTarget) {
    int q = rawTarget.indexOf('?');
    return q < 0 ? "" : rawTarget.substring(q + 1);
  }

  /** Decoded path segments, without empty ones. */
  static List<String> segments(String normalisedPath) {
    List<String> out = new ArrayList<>();
    for (String s : normalisedPath.split("/")) {
      if (!s.isEmpty()) {
        out.add(decode(s.replace("+", "%2B")));
      }
    }
    return out;
  }

  /** Query parameters; keys lower-cased because ARM treats them case-insensitively. */
  static Map<String, String> query(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(decode(k).toLowerCase(Locale.ROOT), decode(v));
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /**
   * The path with names replaced by {@code {}}, so request counts group calls of one kind. Keywords
   * get one canonical spelling because SDKs differ in case ({@code resourcegroups}).
   */
  static String template(String normalisedPath) {
    List<String> segs = new ArrayList<>(List.of(normalisedPath.split("/")));
    segs.removeIf(String::isEmpty);
    StringBuilder b = new StringBuilder();
    int i = 0;
    if (!segs.isEmpty() && segs.get(0).equalsIgnoreCase("_dataplane")) {
      b.append("/_dataplane");
      for (i = 1; i < Math.min(4, segs.size()); i++) {
        b.append("/{}");
      }
      for (; i < segs.size(); i++) {
        b.append(i % 2 == 0 ? "/" + segs.get(i).toLowerCase(Locale.ROOT) : "/{}");
      }
      return b.length() == 0 ? "/" : b.toString();
    }
    while (i < segs.size()) {
      String s = segs.get(i);
      if (s.equalsIgnoreCase("subscriptions") || s.equalsIgnoreCase("resourceGroups")) {
        b.append(s.equalsIgnoreCase("subscriptions") ? "/subscriptions" : "/resourceGroups");
        if (i + 1 < segs.size()) {
          b.append("/{}");
        }
        i += 2;
      } else if (s.equalsIgnoreCase("providers")) {
        b.append("/providers");
        if (i + 1 < segs.size()) {
          b.append('/').append(segs.get(i + 1));
        }
        i += 2;
        while (i < segs.size() && !segs.get(i).equalsIgnoreCase("providers")) {
          b.append('/').append(segs.get(i));
          if (i + 1 < segs.size() && !segs.get(i + 1).equalsIgnoreCase("providers")) {
            b.append("/{}");
          }
          i += 2;
        }
      } else {
        b.append('/').append(s);
        i++;
      }
    }
    return b.length() == 0 ? "/" : b.toString();
  }

  static boolean is(String segment, String keyword) {
    return segment.equalsIgnoreCase(keyword);
  }

  /** A lower-cased key for maps, since ARM ids are case-insensitive. */
  static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }
}
