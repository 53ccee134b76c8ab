package dtplan.plan;

import dtplan.spec.Lifecycle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * {@code lifecycle.ignoreChanges}: the desired resource takes what Azure holds for each ignored
 * attribute, so the plan shows no difference there and apply writes the live value back unchanged.
 * On a create there is nothing live: the spec's value is the first one, as in Terraform.
 */
final class IgnoredChanges {
  private IgnoredChanges() {}

  /** The user tags to write: the spec's, with every ignored one as Azure holds it. */
  static Map<String, String> tags(
      Map<String, String> spec, Map<String, String> live, Lifecycle lifecycle) {
    if (live == null || lifecycle.ignoreChanges().isEmpty()) {
      return spec;
    }
    Map<String, String> out = new LinkedHashMap<>();
    spec.forEach(
        (k, v) -> {
          if (!lifecycle.ignoresTag(k)) {
            out.put(k, v);
          }
        });
    live.forEach(
        (k, v) -> {
          if (!isDtplans(k) && lifecycle.ignoresTag(k)) {
            out.put(k, v);
          }
        });
    return out;
  }

  static String publicNetworkAccess(String spec, String live, Lifecycle lifecycle) {
    return live != null && lifecycle.ignores(Lifecycle.PUBLIC_NETWORK_ACCESS) ? live : spec;
  }

  /**
   * The ignored attributes where Azure holds something other than the spec: what was left alone.
   */
  static List<String> drifted(
      Map<String, String> specTags,
      String specAccess,
      Map<String, String> liveTags,
      String liveAccess,
      Lifecycle lifecycle) {
    List<String> out = new ArrayList<>();
    if (liveTags == null || lifecycle.ignoreChanges().isEmpty()) {
      return out; // nothing is ignored, so nothing was left alone
    }
    TreeSet<String> names = new TreeSet<>(specTags.keySet());
    liveTags.keySet().stream().filter(k -> !isDtplans(k)).forEach(names::add);
    for (String name : names) {
      if (lifecycle.ignoresTag(name) && !Objects.equals(specTags.get(name), liveTags.get(name))) {
        out.add("tags." + name);
      }
    }
    if (lifecycle.ignores(Lifecycle.PUBLIC_NETWORK_ACCESS)
        && liveAccess != null
        && !liveAccess.equalsIgnoreCase(specAccess)) {
      out.add(Lifecycle.PUBLIC_NETWORK_ACCESS);
    }
    return out;
  }

  private static boolean isDtplans(String tag) {
    return tag.toLowerCase(Locale.ROOT).startsWith("dtplan-");
  }
}
