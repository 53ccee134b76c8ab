package dtplan.plan;

import static dtplan.fixtures.Fixtures.HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Operations that failed, and operations still running, as the provisioning state shows them. */
class ProvisioningStateRulesTest extends DiffRuleTable {
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String state : List.of("Failed", "Canceled")) {
      cases.add(
          of(
              "an endpoint left "
                  + state
                  + " by its last operation is a REPLACE for LAST_OPERATION_FAILED, its routes replaced with it",
              () ->
                  plan(
                      identityEndpoint(HUB, "system"),
                      LiveStates.withEndpoint(
                          identityEndpointLive(),
                          "telemetry",
                          e -> LiveStates.withState(e, state))),
              p -> {
                PlannedChange e = change(p, EP);
                assertThat(e.action()).isEqualTo(Action.REPLACE);
                assertThat(e.reason()).isEqualTo(Reason.LAST_OPERATION_FAILED);
                assertThat(e.replacePaths()).containsExactly("provisioningState");
                AttributeChange s = attribute(e, "provisioningState");
                assertThat(s.before().text()).isEqualTo(state);
                assertThat(s.after().text()).isEqualTo("Succeeded");
                PlannedChange route = change(p, "instances.twins.routes.all");
                assertThat(route.action()).isEqualTo(Action.REPLACE);
                assertThat(route.reason()).isEqualTo(Reason.ENDPOINT_REPLACED);
                assertThat(p.changes())
                    .filteredOn(c -> c.action() != Action.NO_OP)
                    .extracting(c -> c.address().toString())
                    .containsExactlyInAnyOrder(EP, "instances.twins.routes.all");
                // The reason says it all; the endpoint is not left unhealthy.
                assertThat(p.consequences()).isEmpty();
              }));
    }
    cases.add(
        of(
            "an instance left Failed by its last operation is a REPLACE for LAST_OPERATION_FAILED: twin data warned about, children and roles created anew",
            () ->
                plan(
                    identityEndpoint(HUB, "system"),
                    LiveStates.withInstance(
                        identityEndpointLive(), "twins", i -> LiveStates.withState(i, "Failed"))),
            p -> {
              PlannedChange i = change(p, "instances.twins");
              assertThat(i.action()).isEqualTo(Action.REPLACE);
              assertThat(i.reason()).isEqualTo(Reason.LAST_OPERATION_FAILED);
              assertThat(i.replacePaths()).containsExactly("provisioningState");
              assertThat(p.consequences())
                  .filteredOn(c -> c.code() == Consequence.Code.DESTROYS_TWIN_DATA)
                  .singleElement()
                  .satisfies(
                      c -> {
                        assertThat(c.address().toString()).isEqualTo("instances.twins");
                        assertThat(c.message())
                            .contains("its last operation failed")
                            .contains("--allow-instance-deletion");
                      });
              assertThat(change(p, EP).action()).isEqualTo(Action.CREATE);
              assertThat(change(p, "instances.twins.routes.all").action()).isEqualTo(Action.CREATE);
              expectRolesForNewPrincipal(p);
            }));
    for (String state : List.of("Provisioning", "Updating", "Deleting")) {
      cases.add(
          of(
              "an endpoint whose operation is still running ("
                  + state
                  + ") is not replaced: the provider's read waits for it to end",
              () ->
                  plan(
                      identityEndpoint(HUB, "system"),
                      LiveStates.withEndpoint(
                          identityEndpointLive(),
                          "telemetry",
                          e -> LiveStates.withState(e, state))),
              p -> {
                assertThat(p.hasChanges()).isFalse();
                assertThat(p.consequences()).isEmpty();
              }));
    }
    cases.add(
        of(
            "a Disabled endpoint is not replaced (no operation failed): ENDPOINT_NOT_HEALTHY says so",
            () ->
                plan(
                    identityEndpoint(HUB, "system"),
                    LiveStates.withEndpoint(
                        identityEndpointLive(),
                        "telemetry",
                        e -> LiveStates.withState(e, "Disabled"))),
            p -> {
              assertThat(p.hasChanges()).isFalse();
              assertThat(codes(p))
                  .containsExactly(tuple(Consequence.Code.ENDPOINT_NOT_HEALTHY, EP));
            }));

    return cases.stream();
  }
}
