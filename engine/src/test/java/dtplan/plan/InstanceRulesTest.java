package dtplan.plan;

import static dtplan.fixtures.Fixtures.HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** What changes an instance in place, and what replaces it. */
class InstanceRulesTest extends DiffRuleTable {
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(
        of(
            "a new location REPLACEs the instance, destroys its twin data and creates its children anew",
            () ->
                plan(
                    identityEndpoint(HUB, "system")
                        .replace("location: westeurope", "location: northeurope"),
                    identityEndpointLive()),
            p -> {
              PlannedChange i = change(p, "instances.twins");
              assertThat(i.action()).isEqualTo(Action.REPLACE);
              assertThat(i.reason()).isEqualTo(Reason.LOCATION_CANNOT_CHANGE);
              assertThat(i.replacePaths()).containsExactly("location");
              assertThat(codes(p))
                  .contains(tuple(Consequence.Code.DESTROYS_TWIN_DATA, "instances.twins"));
              assertThat(change(p, EP).action()).isEqualTo(Action.CREATE);
              assertThat(change(p, "instances.twins.routes.all").action()).isEqualTo(Action.CREATE);
              expectRolesForNewPrincipal(p);
            }));
    cases.add(
        of(
            "a changed tag is an in-place UPDATE",
            () ->
                plan(
                    identityEndpoint(HUB, "system").replace("team: iot", "team: platform"),
                    identityEndpointLive()),
            p -> expectOnlyUpdate(p, "instances.twins", "tags.team")));
    cases.add(
        of(
            "publicNetworkAccess is an in-place UPDATE",
            () ->
                plan(
                    identityEndpoint(HUB, "system")
                        .replace(
                            "tags: {team: iot}",
                            "tags: {team: iot}\n    publicNetworkAccess: Disabled"),
                    identityEndpointLive()),
            p -> expectOnlyUpdate(p, "instances.twins", "publicNetworkAccess")));
    cases.add(
        of(
            "linking a user identity is an in-place UPDATE of the instance",
            () -> plan(withIngest(identityEndpoint(HUB, "system")), withIngestLive(null, false)),
            p -> expectOnlyUpdate(p, "instances.twins", "identity.user")));
    return cases.stream();
  }
}
