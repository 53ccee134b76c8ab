package dtplan.plan;

import dtplan.model.Resource;
import dtplan.plan.kinds.Kinds;
import dtplan.plan.kinds.PlanKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attributes dtplan manages, per resource, in the order plans print them (each kind's {@link
 * PlanKind#attributes}), without the ones a resource does not have.
 */
final class Attributes {
  private Attributes() {}

  static <R extends Resource> Map<String, Value> of(
      R resource, Map<String, ResourceAddress> unknowns, Map<String, String> secretFingerprints) {
    Map<String, Value> a =
        new LinkedHashMap<>(Kinds.of(resource).attributes(resource, unknowns, secretFingerprints));
    a.values().removeIf(java.util.Objects::isNull);
    return a;
  }
}
