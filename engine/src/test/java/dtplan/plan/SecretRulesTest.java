package dtplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.provider.ReadResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Secrets Azure masks: their fingerprints decide. */
class SecretRulesTest extends DiffRuleTable {
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(
        of(
            "a rotated connection string (fingerprint differs) is an UPDATE with SECRET_CHANGED",
            () -> plan(keyEndpoint(), secrets("two"), keyEndpointLive("one")),
            p -> {
              PlannedChange e = change(p, EP);
              assertThat(e.action()).isEqualTo(Action.UPDATE);
              assertThat(e.reason()).isEqualTo(Reason.SECRET_CHANGED);
              AttributeChange cs = attribute(e, "connectionString");
              assertThat(cs.before().isSensitive()).isTrue();
              assertThat(cs.after().isSensitive()).isTrue();
              assertThat(cs.changed()).isTrue();
            }));
    cases.add(
        of(
            "a connection string dtplan never wrote (no fingerprint tag) is an UPDATE with SECRET_UNKNOWN",
            () -> {
              ReadResponse live = keyEndpointLive("one");
              live =
                  LiveStates.withInstance(
                      live,
                      "twins",
                      i -> LiveStates.withTags(i, tagsWithout(i, "dtplan-secret-telemetry")));
              return plan(keyEndpoint(), secrets("one"), live);
            },
            p -> {
              assertThat(change(p, EP).action()).isEqualTo(Action.UPDATE);
              assertThat(change(p, EP).reason()).isEqualTo(Reason.SECRET_UNKNOWN);
            }));

    return cases.stream();
  }
}
