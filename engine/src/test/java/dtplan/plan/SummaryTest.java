package dtplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.Fixtures;
import dtplan.provider.ReadResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary line counts what a user would call one change once. */
class SummaryTest {
  static final String KEY_SPEC = Fixtures.KEY_ENDPOINT_SPEC;

  static String connection(String key) {
    return "Endpoint=sb://ns-test.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey="
        + key
        + ";EntityPath=telemetry";
  }

  private static Plan rotated(String specYaml) {
    ReadResponse applied = Fixtures.keyEndpointLive(connection("old")).read();
    return new Planner()
        .plan("test", Fixtures.spec(specYaml, Map.of("SB", connection("new"))), applied, "d");
  }

  @Test
  void aRotatedSecretIsOneChangeThoughItUpdatesTheEndpointAndItsFingerprintTag() {
    Plan plan = rotated(KEY_SPEC);
    assertThat(plan.count(Action.UPDATE))
        .as("the endpoint and the instance's fingerprint tag are two updates in the plan")
        .isEqualTo(2);
    assertThat(plan.summary()).isEqualTo(new Summary(0, 1, 0, 0));
  }

  @Test
  void anInstanceUpdateThatAlsoChangesAnotherTagStillCounts() {
    Plan plan = rotated(KEY_SPEC.replace("  twins:\n", "  twins:\n    tags: {team: iot}\n"));
    assertThat(plan.summary()).isEqualTo(new Summary(0, 2, 0, 0));
  }

  @Test
  void otherActionsAreCountedAsThePlanHasThem() {
    Plan plan =
        new Planner()
            .plan(
                "test",
                Fixtures.spec(KEY_SPEC, Map.of("SB", connection("k"))),
                Fixtures.emptyLive(),
                "d");
    assertThat(plan.summary())
        .isEqualTo(new Summary(plan.count(Action.CREATE), 0, 0, 0))
        .extracting(Summary::add)
        .isEqualTo(3L);
  }
}
