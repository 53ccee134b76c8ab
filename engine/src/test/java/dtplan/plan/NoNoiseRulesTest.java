package dtplan.plan;

import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.fixtures.Fixtures.NS;
import static dtplan.fixtures.Fixtures.RG;
import static org.assertj.core.api.Assertions.assertThat;

import dtplan.provider.ReadResponse;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * When Azure holds what the spec says, written by hand as Azure answers a read (never by the
 * planner), the plan has no changes: nothing dtplan compares differs only in spelling or in what
 * Azure adds.
 */
class NoNoiseRulesTest extends DiffRuleTable {
  static Stream<Arguments> cases() {
    return Stream.of(
        inSync(
            "an identity endpoint with dead-lettering",
            identityEndpoint(HUB, "system"),
            identityEndpointLive()),
        inSync("a key endpoint with a secret", keyEndpoint(), keyEndpointLive("one")),
        inSync(
            "a user identity with general role assignments",
            withIngest(identityEndpoint(HUB, "ingest")),
            withIngestLive("ingest", true)),
        inSync("two endpoints with a namespace role", twoEndpoints(), twoEndpointsLive()),
        inSync(
            "roles at the resource group",
            identityEndpoint(HUB, "system").replace("scope: " + HUB, "scope: " + RG),
            rolesLive(SENDER, RG)),
        inSync(
            "roles at the namespace",
            identityEndpoint(HUB, "system").replace("scope: " + HUB, "scope: " + NS),
            rolesLive(SENDER, NS)));
  }

  static Arguments inSync(String what, String yaml, ReadResponse live) {
    return of(
        "when Azure holds " + what + " as the spec says, a plan has no changes (all NO_OP)",
        () -> plan(yaml, secrets("one"), live),
        p -> {
          assertThat(p.changes()).isNotEmpty().allMatch(c -> c.action() == Action.NO_OP);
          assertThat(p.hasChanges()).isFalse();
        });
  }
}
