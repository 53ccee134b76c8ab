package dtplan.plan;

import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.ResourceKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The counts of a plan's summary line, as a user reads it, for every renderer and the apply event
 * stream alike. A change that only records another one is not counted apart from it: rotating an
 * endpoint's secret updates the endpoint and, to keep the secret's fingerprint, a {@code
 * dtplan-secret-<endpoint>} tag on its instance; that is one change, not two.
 */
public record Summary(long add, long change, long replace, long destroy) {

  public static Summary of(Plan plan) {
    return of(plan.changes());
  }

  /**
   * The counts of {@code changes}, a plan's or the part of it that apply carried out, so that an
   * apply's report uses the plan's words.
   */
  public static Summary of(List<PlannedChange> changes) {
    Set<String> changedEndpoints = new HashSet<>();
    for (PlannedChange c : changes) {
      if (c.kind() == ResourceKind.ENDPOINT && c.action() != Action.NO_OP) {
        Endpoint e = (Endpoint) (c.after() != null ? c.after() : c.before());
        changedEndpoints.add(fingerprintTag(e.instanceId(), e.name()));
      }
    }
    long add = 0;
    long change = 0;
    long replace = 0;
    long destroy = 0;
    for (PlannedChange c : changes) {
      switch (c.action()) {
        case CREATE -> add++;
        case UPDATE -> change += recordsOnly(c, changedEndpoints) ? 0 : 1;
        case REPLACE -> replace++;
        case DELETE -> destroy++;
        case NO_OP -> {}
      }
    }
    return new Summary(add, change, replace, destroy);
  }

  /**
   * An instance update that changes nothing but the secret fingerprint tags of endpoints the plan
   * changes anyway.
   */
  private static boolean recordsOnly(PlannedChange c, Set<String> changedEndpoints) {
    if (c.kind() != ResourceKind.INSTANCE || !(c.before() instanceof Instance instance)) {
      return false;
    }
    String tagPath = "tags." + SecretTags.PREFIX;
    return c.changedAttributes().stream()
        .allMatch(
            a ->
                a.path().startsWith(tagPath)
                    && changedEndpoints.contains(
                        fingerprintTag(instance.id(), a.path().substring(tagPath.length()))));
  }

  private static String fingerprintTag(String instanceId, String endpointName) {
    return LiveIndex.key(instanceId) + "|" + endpointName;
  }
}
