package dtplan.plan;

import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.fixtures.Fixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The endpoints and routes of an owned instance are managed completely. */
class ChildRulesTest extends DiffRuleTable {
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(
        of(
            "a route pointed at another endpoint is an in-place UPDATE",
            () ->
                plan(
                    twoEndpoints()
                        .replace("all: {endpoint: telemetry}", "all: {endpoint: archive}"),
                    twoEndpointsLive()),
            p -> expectOnlyUpdate(p, "instances.twins.routes.all", "endpoint")));
    cases.add(
        of(
            "an endpoint that left the spec is DELETEd with its route",
            () ->
                plan(
                    identityEndpoint(HUB, "system").replace("scope: " + HUB, "scope: " + NS),
                    twoEndpointsLive()),
            p -> {
              assertThat(change(p, "instances.twins.endpoints.archive").action())
                  .isEqualTo(Action.DELETE);
              assertThat(change(p, "instances.twins.routes.archived").action())
                  .isEqualTo(Action.DELETE);
            }));

    return cases.stream();
  }
}
