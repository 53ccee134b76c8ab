package dtplan.plan;

import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.plan.DiffRuleTable.identityEndpoint;
import static dtplan.plan.DiffRuleTable.twoEndpoints;
import static dtplan.plan.DiffRuleTable.withIngest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dtplan.provider.ReadResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Destroy, {@code --target} and {@code --replace}, one rule per case: the spec, what live Azure
 * holds, the scope, and the changes the plan must hold (address, action, reason), in plan order.
 */
class PlanScopeTest {
  static final String USER = withIngest(identityEndpoint(HUB, "ingest"));

  record Case(String spec, ReadResponse live, PlanScope scope, Consumer<Plan> expect) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(String rule, Case c) {
    Plan plan =
        new Planner()
            .plan("test", dtplan.fixtures.Fixtures.spec(c.spec()), c.live(), "d", c.scope());
    assertThat(plan.scope()).isEqualTo(c.scope());
    c.expect().accept(plan);
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(
        of(
            "destroy deletes the owned instance (its endpoints and routes go with it), its role"
                + " assignments and the identity the stack tags",
            new Case(
                USER,
                DiffRuleTable.withIngestLive("ingest", true),
                destroy(),
                p -> {
                  assertThat(changes(p))
                      .containsExactlyInAnyOrder(
                          tuple("identities.ingest", Action.DELETE, Reason.STACK_DESTROYED),
                          tuple("instances.twins", Action.DELETE, Reason.STACK_DESTROYED),
                          tuple(roleAddress(p, 0), Action.DELETE, Reason.STACK_DESTROYED),
                          tuple(roleAddress(p, 1), Action.DELETE, Reason.STACK_DESTROYED),
                          tuple(roleAddress(p, 2), Action.DELETE, Reason.STACK_DESTROYED),
                          tuple(roleAddress(p, 3), Action.DELETE, Reason.STACK_DESTROYED));
                  PlannedChange instance = change(p, "instances.twins");
                  assertThat(p.deletedWith(instance))
                      .extracting(Plan::nameOf)
                      .containsExactly("telemetry", "all");
                  assertThat(p.hasErrors()).isFalse();
                })));
    cases.add(
        of(
            "destroy of a stack that owns nothing has no changes",
            new Case(
                USER, DiffRuleTable.base(), destroy(), p -> assertThat(p.hasChanges()).isFalse())));
    cases.add(
        of(
            "destroy leaves an identity the stack does not tag",
            new Case(
                USER,
                untagIdentity(DiffRuleTable.withIngestLive("ingest", true)),
                destroy(),
                p ->
                    assertThat(changes(p))
                        .extracting(t -> t.toArray()[0])
                        .doesNotContain("identities.ingest"))));
    cases.add(
        of(
            "a target keeps its own change and what it needs, and leaves the rest out",
            new Case(
                twoEndpoints(),
                DiffRuleTable.base(),
                targets("instances.twins.routes.archived"),
                p -> {
                  assertThat(p.scope().partial()).isTrue();
                  assertThat(changes(p))
                      .extracting(t -> t.toArray()[0])
                      .contains(
                          "instances.twins",
                          "instances.twins.endpoints.archive",
                          "instances.twins.routes.archived")
                      .doesNotContain(
                          "instances.twins.endpoints.telemetry", "instances.twins.routes.all");
                })));
    cases.add(
        of(
            "a partial plan keeps no consequence about a change it leaves out",
            new Case(
                identityEndpoint(HUB, "system"),
                DiffRuleTable.keyEndpointLive("one"),
                targets("instances.twins"),
                p -> {
                  assertThat(changes(p))
                      .extracting(t -> t.toArray()[0])
                      .contains("instances.twins")
                      .doesNotContain(DiffRuleTable.EP);
                  assertThat(p.consequences())
                      .extracting(Consequence::address)
                      .doesNotContain(DiffRuleTable.EP);
                })));
    cases.add(
        of(
            "a target with nothing to do keeps only itself",
            new Case(
                twoEndpoints(),
                DiffRuleTable.twoEndpointsLive(),
                targets("instances.twins.endpoints.archive"),
                p ->
                    assertThat(changes(p))
                        .containsExactly(
                            tuple(
                                "instances.twins.endpoints.archive", Action.NO_OP, Reason.NONE)))));
    cases.add(
        of(
            "replace turns a no-op endpoint into a replacement, and its routes are recreated"
                + " around it",
            new Case(
                twoEndpoints(),
                DiffRuleTable.twoEndpointsLive(),
                replace("instances.twins.endpoints.archive"),
                p -> {
                  assertThat(change(p, "instances.twins.endpoints.archive").reason())
                      .isEqualTo(Reason.REPLACE_REQUESTED);
                  assertThat(change(p, "instances.twins.endpoints.archive").action())
                      .isEqualTo(Action.REPLACE);
                  assertThat(change(p, "instances.twins.routes.archived").action())
                      .isEqualTo(Action.REPLACE);
                  assertThat(change(p, "instances.twins.routes.archived").reason())
                      .isEqualTo(Reason.ENDPOINT_REPLACED);
                  assertThat(change(p, "instances.twins.endpoints.telemetry").action())
                      .isEqualTo(Action.NO_OP);
                  assertThat(change(p, "instances.twins.routes.all").action())
                      .isEqualTo(Action.NO_OP);
                })));
    cases.add(
        of(
            "replace of a resource that does not exist yet is its creation",
            new Case(
                twoEndpoints(),
                DiffRuleTable.base(),
                replace("instances.twins.endpoints.archive"),
                p ->
                    assertThat(change(p, "instances.twins.endpoints.archive").action())
                        .isEqualTo(Action.CREATE))));
    return cases.stream();
  }

  static Stream<Arguments> unknownAddresses() {
    return Stream.of(
        Arguments.of(
            targets("instances.twins.endpoints.archiv"),
            "--target instances.twins.endpoints.archiv names no resource of this stack; did you"
                + " mean `instances.twins.endpoints.archive`?"),
        Arguments.of(
            replace("instances.twins.endpoints.telemetri"),
            "--replace instances.twins.endpoints.telemetri names no resource of this stack; did"
                + " you mean `instances.twins.endpoints.telemetry`?"),
        Arguments.of(
            targets("identities.nothing-like-it"),
            "--target identities.nothing-like-it names no resource of this stack (`dtplan plan"
                + " SPEC` without --target lists every address)"));
  }

  @org.junit.jupiter.api.Test
  void theFullPlanOfTheLeftOutChangeHasAConsequenceAboutIt() {
    // Without this, the case above could pass because there was nothing to leave out.
    Plan full =
        DiffRuleTable.plan(identityEndpoint(HUB, "system"), DiffRuleTable.keyEndpointLive("one"));
    assertThat(full.consequences()).extracting(Consequence::address).contains(DiffRuleTable.EP);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unknownAddresses")
  void anAddressThatNamesNothingIsRefusedWithTheNearestOne(PlanScope scope, String message) {
    assertThatThrownBy(
            () ->
                new Planner()
                    .plan(
                        "test",
                        dtplan.fixtures.Fixtures.spec(twoEndpoints()),
                        DiffRuleTable.twoEndpointsLive(),
                        "d",
                        scope))
        .isInstanceOf(UnknownAddressException.class)
        .hasMessageStartingWith(message);
  }

  static PlanScope destroy() {
    return new PlanScope(true, List.of(), List.of());
  }

  static PlanScope targets(String... addresses) {
    return new PlanScope(false, parse(addresses), List.of());
  }

  static PlanScope replace(String... addresses) {
    return new PlanScope(false, List.of(), parse(addresses));
  }

  static List<ResourceAddress> parse(String... addresses) {
    return Stream.of(addresses).map(ResourceAddress::parse).toList();
  }

  static List<org.assertj.core.groups.Tuple> changes(Plan p) {
    return p.changes().stream()
        .map(c -> tuple(c.address().toString(), c.action(), c.reason()))
        .toList();
  }

  /** The n-th role assignment deleted, by address: their names are derived GUIDs. */
  static String roleAddress(Plan p, int n) {
    return p.changes().stream()
        .map(c -> c.address().toString())
        .filter(a -> a.startsWith("roleAssignments["))
        .sorted()
        .toList()
        .get(n);
  }

  static PlannedChange change(Plan p, String address) {
    return DiffRuleTable.change(p, address);
  }

  static ReadResponse untagIdentity(ReadResponse live) {
    return new ReadResponse(
        live.instances(),
        live.endpoints(),
        live.routes(),
        live.userIdentities().stream().map(u -> DiffRuleTable.withStack(u, null)).toList(),
        live.roleAssignments(),
        live.destinations(),
        live.roleDefinitions(),
        live.caller(),
        live.routeReadFailures());
  }

  static Arguments of(String rule, Case c) {
    return Arguments.of(rule, c);
  }
}
