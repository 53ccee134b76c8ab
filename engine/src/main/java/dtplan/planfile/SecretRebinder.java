package dtplan.planfile;

import dtplan.model.ArmId;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.Resource;
import dtplan.model.Secret;
import dtplan.plan.Plan;
import dtplan.plan.PlannedChange;
import dtplan.plan.SecretTags;
import dtplan.spec.EndpointSpec;
import dtplan.spec.InstanceSpec;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts the secret values back into a saved plan's endpoints, from the spec as loaded now, and
 * refuses when a value differs from the one the plan was made with (its fingerprint, which the
 * plan's instance tags carry, would then be a lie).
 */
public final class SecretRebinder {
  private SecretRebinder() {}

  /** Whether any change of the plan writes a secret, so the spec is needed to apply it. */
  public static boolean needsSecrets(Plan plan) {
    return plan.changes().stream()
        .anyMatch(c -> c.after() instanceof Endpoint e && !e.secrets().isEmpty());
  }

  public static Plan rebind(Plan plan, Spec spec) throws InvalidPlanFileException {
    Map<String, Map<String, String>> tagsByInstance = new HashMap<>();
    for (PlannedChange c : plan.changes()) {
      if (c.after() instanceof Instance i) {
        tagsByInstance.put(ArmId.normalize(i.id()).toLowerCase(Locale.ROOT), i.tags());
      }
    }
    List<PlannedChange> changes = new ArrayList<>();
    for (PlannedChange c : plan.changes()) {
      if (c.after() instanceof Endpoint e && !e.secrets().isEmpty()) {
        Map<String, String> tags =
            tagsByInstance.getOrDefault(
                ArmId.normalize(e.instanceId()).toLowerCase(Locale.ROOT), Map.of());
        changes.add(withAfter(c, rebound(e, spec, tags)));
      } else {
        changes.add(c);
      }
    }
    return new Plan(
        plan.target(),
        plan.stack(),
        plan.subscription(),
        plan.resourceGroup(),
        plan.specFile(),
        plan.specDigest(),
        changes,
        plan.consequences(),
        plan.liveDigests());
  }

  private static Endpoint rebound(Endpoint planned, Spec spec, Map<String, String> plannedTags)
      throws InvalidPlanFileException {
    EndpointSpec now = find(planned, spec);
    for (Map.Entry<String, Secret> e : planned.secrets().named().entrySet()) {
      Secret current = now.secrets().named().get(e.getKey());
      if (current == null || !current.source().equals(e.getValue().source())) {
        throw InvalidPlanFileException.stale(
            "endpoint "
                + planned.name()
                + ": its "
                + e.getKey()
                + " secret is no longer "
                + e.getValue().source()
                + " in the spec; plan again");
      }
    }
    String expected = plannedTags.get(SecretTags.tagName(planned.name()));
    String actual = SecretTags.encode(SecretTags.fingerprints(now.secrets(), planned.instanceId()));
    if (!actual.equals(expected)) {
      throw InvalidPlanFileException.stale(
          "endpoint "
              + planned.name()
              + ": a secret value differs from the one the plan was made with; plan again");
    }
    return new Endpoint(
        planned.instanceId(),
        planned.name(),
        planned.type(),
        planned.auth(),
        planned.identity(),
        planned.endpointUri(),
        planned.entityPath(),
        planned.topicEndpoint(),
        planned.deadLetterUri(),
        now.secrets(),
        planned.provisioningState());
  }

  private static EndpointSpec find(Endpoint planned, Spec spec) throws InvalidPlanFileException {
    String instanceName = ArmId.lastSegment(planned.instanceId());
    for (InstanceSpec i : spec.instances().values()) {
      if (i.name().equalsIgnoreCase(instanceName) && i.endpoints().containsKey(planned.name())) {
        return i.endpoints().get(planned.name());
      }
    }
    throw new InvalidPlanFileException(
        "endpoint "
            + planned.name()
            + " of "
            + instanceName
            + " is not in the spec any more; plan again");
  }

  private static PlannedChange withAfter(PlannedChange c, Resource after) {
    return new PlannedChange(
        c.address(),
        c.kind(),
        c.action(),
        c.reason(),
        c.attributes(),
        c.before(),
        after,
        c.unknowns());
  }
}
