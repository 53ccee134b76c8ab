package dtplan.plan;

import static dtplan.fixtures.Fixtures.HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dtplan.diag.Severity;
import dtplan.fixtures.Fixtures;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.provider.ReadResponse;
import dtplan.spec.InstanceSpec;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** System identities enabled, re-enabled and missing, and the role assignments that follow them. */
class IdentityRulesTest extends DiffRuleTable {
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(
        of(
            "re-enabling a system identity creates its role assignments for the NEW_PRINCIPAL and drops the old ones",
            () -> {
              ReadResponse live =
                  LiveStates.withInstance(
                      identityEndpointLive(),
                      "twins",
                      i ->
                          new Instance(
                              i.id(),
                              i.location(),
                              i.tags(),
                              InstanceIdentity.NONE,
                              i.publicNetworkAccess(),
                              i.hostName(),
                              i.provisioningState()));
              return plan(identityEndpoint(HUB, "system"), live);
            },
            p -> {
              expectOnlyUpdate(p, "instances.twins", "identity.system");
              for (String role : List.of("instances.twins.roles[0]", "instances.twins.roles[1]")) {
                assertThat(change(p, role).action()).isEqualTo(Action.CREATE);
                assertThat(change(p, role).reason()).isEqualTo(Reason.NEW_PRINCIPAL);
                assertThat(attribute(change(p, role), "principalId").after().isUnknown()).isTrue();
                assertThat(codes(p)).contains(tuple(Consequence.Code.PRINCIPAL_RECREATED, role));
              }
              assertThat(p.changes())
                  .filteredOn(c -> c.address().toString().startsWith("roleAssignments[\""))
                  .hasSize(2)
                  .allMatch(c -> c.action() == Action.DELETE);
              assertThat(codes(p)).doesNotContain(tuple(Consequence.Code.ROLE_MISSING, EP));
            }));
    cases.add(
        of(
            "enabling a system identity for the first time creates its roles as NOT_FOUND, with no PRINCIPAL_RECREATED",
            () -> plan(identityEndpoint(HUB, "system"), keyEndpointLive("v1")),
            p -> {
              for (String role : List.of("instances.twins.roles[0]", "instances.twins.roles[1]")) {
                assertThat(change(p, role).action()).isEqualTo(Action.CREATE);
                assertThat(change(p, role).reason()).isEqualTo(Reason.NOT_FOUND);
              }
              assertThat(p.consequences())
                  .extracting(Consequence::code)
                  .doesNotContain(Consequence.Code.PRINCIPAL_RECREATED);
            }));
    cases.add(
        of(
            "an identity endpoint whose identity will not be enabled is an IDENTITY_DISABLED error (spec check bypassed)",
            () -> {
              Spec spec = Fixtures.spec(identityEndpoint(HUB, "system"));
              InstanceSpec twins = spec.instances().get("twins");
              InstanceSpec disabled =
                  new InstanceSpec(
                      twins.key(),
                      twins.name(),
                      false,
                      twins.userIdentities(),
                      twins.publicNetworkAccess(),
                      twins.tags(),
                      List.of(),
                      List.of(),
                      twins.endpoints(),
                      twins.routes(),
                      twins.at());
              Spec broken =
                  new Spec(
                      spec.file(),
                      spec.stack(),
                      spec.subscription(),
                      spec.resourceGroup(),
                      spec.location(),
                      spec.identities(),
                      Map.of("twins", disabled),
                      spec.roleAssignments());
              return new Planner().plan("test", broken, identityEndpointLive(), "d");
            },
            p -> {
              assertThat(p.hasErrors()).isTrue();
              assertThat(p.consequences())
                  .filteredOn(c -> c.severity() == Severity.ERROR)
                  .extracting(Consequence::code, Consequence::address)
                  .containsExactly(tuple(Consequence.Code.IDENTITY_DISABLED, EP));
            }));

    return cases.stream();
  }
}
