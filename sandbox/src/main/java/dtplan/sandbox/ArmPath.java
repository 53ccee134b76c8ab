package dtplan.sandbox;

import java.util.List;
import java.util.Locale;

/**
 * A provider path: {@code /subscriptions/s/resourceGroups/g/providers/NS/t1/n1[/t2/n2...][/tN]}.
 * When the last type has no name it addresses a collection.
 */
record ArmPath(String subscription, String group, String namespace, List<String> rest) {

  /** Parses segments that hold {@code providers} at index 4 (or 2 for subscription level). */
  static ArmPath of(List<String> s) {
    if (s.size() >= 6 && Paths.is(s.get(2), "resourceGroups") && Paths.is(s.get(4), "providers")) {
      return new ArmPath(s.get(1), s.get(3), s.get(5), List.copyOf(s.subList(6, s.size())));
    }
    if (s.size() >= 4 && Paths.is(s.get(2), "providers")) {
      return new ArmPath(s.get(1), null, s.get(3), List.copyOf(s.subList(4, s.size())));
    }
    return null;
  }

  boolean collection() {
    return rest.size() % 2 == 1;
  }

  /** The resource type, e.g. {@code Microsoft.EventHub/namespaces/eventhubs}. */
  String type() {
    StringBuilder b = new StringBuilder(namespace);
    for (int i = 0; i < rest.size(); i += 2) {
      b.append('/').append(rest.get(i));
    }
    return b.toString();
  }

  String typeKey() {
    return type().toLowerCase(Locale.ROOT);
  }

  String name() {
    return collection() ? null : rest.get(rest.size() - 1);
  }

  /** The id built from the request's spelling. */
  String id() {
    StringBuilder b = new StringBuilder("/subscriptions/").append(subscription);
    if (group != null) {
      b.append("/resourceGroups/").append(group);
    }
    b.append("/providers/").append(namespace);
    for (String r : rest) {
      b.append('/').append(r);
    }
    return b.toString();
  }

  /** The parent resource's id for nested types, or null for top-level ones. */
  String parentId() {
    int n = collection() ? rest.size() - 1 : rest.size() - 2;
    if (n < 2) {
      return null;
    }
    return new ArmPath(subscription, group, namespace, rest.subList(0, n)).id();
  }

  /** The id of the resource a collection path belongs to, or of the resource itself. */
  ArmPath parent() {
    int n = collection() ? rest.size() - 1 : rest.size() - 2;
    return n < 2 ? null : new ArmPath(subscription, group, namespace, rest.subList(0, n));
  }
}
