package dtplan.spec;

import java.util.List;
import java.util.Set;

/**
 * How dtplan treats a resource beyond the spec's attributes, as Terraform's lifecycle block:
 * attributes whose drift it leaves alone ({@code tags}, {@code tags.<name>}, {@code
 * publicNetworkAccess}), the children of a shared instance it does not own ({@code endpoints},
 * {@code routes}), and whether a plan may delete the resource at all.
 */
public record Lifecycle(List<String> ignoreChanges, Set<String> unmanaged, boolean preventDestroy) {
  public static final Lifecycle NONE = new Lifecycle(List.of(), Set.of(), false);

  public static final String ALL_TAGS = "tags";
  public static final String PUBLIC_NETWORK_ACCESS = "publicNetworkAccess";
  public static final String ENDPOINTS = "endpoints";
  public static final String ROUTES = "routes";

  public Lifecycle {
    ignoreChanges = List.copyOf(ignoreChanges);
    unmanaged = Set.copyOf(unmanaged);
  }

  /** Whether the drift of tag {@code name} is left alone. */
  public boolean ignoresTag(String name) {
    // Asked of every tag of every resource a plan compares; most specs ignore nothing (issue 19).
    return !ignoreChanges.isEmpty()
        && (ignoreChanges.contains(ALL_TAGS) || ignoreChanges.contains(ALL_TAGS + "." + name));
  }

  public boolean ignores(String attribute) {
    return ignoreChanges.contains(attribute);
  }

  /** Whether live endpoints ({@code endpoints}) or routes the spec does not name are left alone. */
  public boolean leavesAlone(String children) {
    return unmanaged.contains(children);
  }
}
