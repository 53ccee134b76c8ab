package dtplan.plan;

import static dtplan.fixtures.Fixtures.ARCHIVE;
import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.fixtures.Fixtures.NS;
import static dtplan.fixtures.Fixtures.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** What Azure cannot change on an endpoint in place is a REPLACE, and its routes go with it. */
class EndpointReplaceRulesTest extends DiffRuleTable {
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(
        of(
            "auth type key -> identity is a REPLACE for AUTH_TYPE_CANNOT_CHANGE_IN_PLACE, with a delivery gap warning",
            () -> plan(identityEndpoint(HUB, "system"), keyEndpointLive("one")),
            p -> {
              PlannedChange e = change(p, EP);
              assertThat(e.action()).isEqualTo(Action.REPLACE);
              assertThat(e.reason()).isEqualTo(Reason.AUTH_TYPE_CANNOT_CHANGE_IN_PLACE);
              assertThat(e.replacePaths()).contains("authenticationType");
              assertThat(codes(p)).contains(tuple(Consequence.Code.DELIVERY_GAP, EP));
            }));
    cases.add(
        of(
            "auth type identity -> key is a REPLACE too",
            () -> plan(keyEndpoint(), secrets("one"), identityEndpointLive()),
            p -> {
              assertThat(change(p, EP).action()).isEqualTo(Action.REPLACE);
              assertThat(change(p, EP).reason()).isEqualTo(Reason.AUTH_TYPE_CANNOT_CHANGE_IN_PLACE);
              assertThat(change(p, EP).replacePaths()).contains("authenticationType");
            }));
    cases.add(
        of(
            "endpoint type eventhub -> servicebus is a REPLACE for ENDPOINT_TYPE_CANNOT_CHANGE",
            () ->
                plan(
                    identityEndpoint(HUB, "system")
                        .replace("type: eventhub", "type: servicebus")
                        .replace("eventhub: " + HUB, "topic: " + TOPIC)
                        .replace(
                            "{role: Azure Event Hubs Data Sender, scope: " + HUB,
                            "{role: Azure Service Bus Data Sender, scope: " + TOPIC),
                    identityEndpointLive()),
            p -> {
              assertThat(change(p, EP).action()).isEqualTo(Action.REPLACE);
              assertThat(change(p, EP).reason()).isEqualTo(Reason.ENDPOINT_TYPE_CANNOT_CHANGE);
              assertThat(change(p, EP).replacePaths()).contains("type");
            }));
    cases.add(
        of(
            "a different event hub is a REPLACE for DESTINATION_CANNOT_CHANGE, and its routes are replaced with it: a gap while they are missing, not the hour of an auth change, and the rename that avoids it",
            () ->
                plan(
                    identityEndpoint(ARCHIVE, "system")
                        .replace("scope: " + ARCHIVE, "scope: " + NS),
                    rolesLive(SENDER, NS)),
            p -> {
              assertThat(change(p, EP).action()).isEqualTo(Action.REPLACE);
              assertThat(change(p, EP).reason()).isEqualTo(Reason.DESTINATION_CANNOT_CHANGE);
              assertThat(change(p, EP).replacePaths()).containsExactly("entityPath");
              assertThat(change(p, "instances.twins.routes.all").action())
                  .isEqualTo(Action.REPLACE);
              assertThat(change(p, "instances.twins.routes.all").reason())
                  .isEqualTo(Reason.ENDPOINT_REPLACED);
              Consequence gap =
                  p.consequences().stream()
                      .filter(c -> c.code() == Consequence.Code.DELIVERY_GAP)
                      .findFirst()
                      .orElseThrow();
              assertThat(gap.message())
                  .contains("events its route all select are not delivered until it is recreated")
                  .doesNotContain("hour");
              assertThat(gap.hint())
                  .isEqualTo(
                      "to migrate without a gap, give the new endpoint a new name (telemetry-v2)"
                          + " and point route all at it; dtplan then creates it, repoints the"
                          + " route and deletes telemetry");
            }));
    cases.add(
        of(
            "the rename hint picks a name no endpoint of the instance has",
            () ->
                plan(
                    identityEndpoint(HUB, "system")
                        .replace(
                            "    routes:\n",
                            extraEndpoints(List.of("telemetry-id")) + "    routes:\n"),
                    keyEndpointLive("one", List.of("telemetry-id"))),
            p ->
                assertThat(gap(p).hint())
                    .startsWith(
                        "to migrate without a gap, give the identity-based endpoint a new name"
                            + " (telemetry-id2) and point route all at it")));
    cases.add(
        of(
            "with 6 endpoints on the instance, the hint says a rename would not avoid the gap",
            () ->
                plan(
                    identityEndpoint(HUB, "system")
                        .replace(
                            "    routes:\n",
                            extraEndpoints(List.of("ep1", "ep2", "ep3", "ep4", "ep5"))
                                + "    routes:\n"),
                    keyEndpointLive("one", List.of("ep1", "ep2", "ep3", "ep4", "ep5"))),
            p ->
                assertThat(gap(p).hint())
                    .isEqualTo(
                        "renaming would not avoid the gap here: the instance would hold 7"
                            + " endpoints at once, above Azure's limit of 6, so old endpoints would"
                            + " still go first")));
    cases.add(
        of(
            "system -> user identity on an endpoint is a REPLACE for IDENTITY_CANNOT_CHANGE",
            () -> plan(withIngest(identityEndpoint(HUB, "ingest")), withIngestLive(null, true)),
            p -> {
              assertThat(change(p, EP).action()).isEqualTo(Action.REPLACE);
              assertThat(change(p, EP).reason()).isEqualTo(Reason.IDENTITY_CANNOT_CHANGE);
              assertThat(change(p, EP).replacePaths()).containsExactly("identity");
            }));

    return cases.stream();
  }
}
