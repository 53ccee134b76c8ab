package dtplan.plan;

import static dtplan.fixtures.Fixtures.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import dtplan.model.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Changes made outside dtplan: managed attributes go back to the spec, others are ignored. */
class DriftRulesTest extends DiffRuleTable {
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(
        of(
            "drift in a managed attribute made outside dtplan is an UPDATE back to the spec",
            () ->
                plan(
                    identityEndpoint(HUB, "system"),
                    LiveStates.withInstance(
                        identityEndpointLive(),
                        "twins",
                        i -> LiveStates.withTags(i, tagsWith(i, "team", "someone-else")))),
            p -> {
              expectOnlyUpdate(p, "instances.twins", "tags.team");
              AttributeChange team = attribute(change(p, "instances.twins"), "tags.team");
              assertThat(team.before().text()).isEqualTo("someone-else");
              assertThat(team.after().text()).isEqualTo("iot");
            }));
    cases.add(
        of(
            "attributes dtplan does not manage (host name, provisioning state) never make a change",
            () ->
                plan(
                    identityEndpoint(HUB, "system"),
                    LiveStates.withInstance(
                        identityEndpointLive(),
                        "twins",
                        i ->
                            new Instance(
                                i.id(),
                                i.location(),
                                i.tags(),
                                i.identity(),
                                i.publicNetworkAccess(),
                                "elsewhere.example",
                                "Updating"))),
            p -> assertThat(p.hasChanges()).isFalse()));
    return cases.stream();
  }
}
