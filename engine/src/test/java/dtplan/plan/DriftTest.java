package dtplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.Fixtures;
import dtplan.model.Instance;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Drift (live changed outside dtplan) is told apart from a spec edit by the recorded hash. */
class DriftTest {
  static final String SPEC = Fixtures.IDENTITY_ENDPOINT_SPEC;

  private static PlannedChange instanceChange(Spec spec, ReadResponse live) {
    Plan plan = new Planner().plan("test", spec, live, "d");
    return plan.changes().stream()
        .filter(c -> c.address().toString().equals("instances.twins"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTagChangedInThePortalIsChangedOutsideDtplan() {
    Spec spec = Fixtures.spec(SPEC);
    ReadResponse applied = Fixtures.identityEndpointLive(Map.of()).read();
    ReadResponse drifted =
        LiveStates.withInstance(
            applied,
            "twins",
            i -> {
              Map<String, String> tags = new HashMap<>(i.tags());
              tags.put("owner", "someone-in-the-portal");
              return LiveStates.withTags(i, tags);
            });
    PlannedChange change = instanceChange(spec, drifted);
    assertThat(change.action()).isEqualTo(Action.UPDATE);
    assertThat(change.reason()).isEqualTo(Reason.CHANGED_OUTSIDE_DTPLAN);
  }

  @Test
  void aSpecEditIsNotDrift() {
    ReadResponse applied = Fixtures.identityEndpointLive(Map.of()).read();
    Spec edited =
        Fixtures.spec(
            SPEC.replace(
                "identity: {system: true}", "identity: {system: true}\n    tags: {team: iot}"));
    PlannedChange change = instanceChange(edited, applied);
    assertThat(change.action()).isEqualTo(Action.UPDATE);
    assertThat(change.reason()).isEqualTo(Reason.ATTRIBUTES_DIFFER);
  }

  @Test
  void theRecordedHashIsBookkeepingAndNeverShownAsAChange() {
    Spec spec = Fixtures.spec(SPEC);
    ReadResponse applied = Fixtures.identityEndpointLive(Map.of()).read();
    Instance live = applied.instances().get(0);
    assertThat(live.tags()).containsKey(AppliedHash.TAG);
    Plan plan = new Planner().plan("test", spec, applied, "d");
    assertThat(plan.hasChanges()).isFalse();
    assertThat(plan.changes())
        .allSatisfy(
            c -> assertThat(c.attributes()).noneMatch(a -> a.path().contains(AppliedHash.TAG)));
  }
}
