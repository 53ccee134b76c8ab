package dtplan.plan;

import static dtplan.fixtures.Fixtures.RG;
import static dtplan.plan.DiffRuleTable.base;
import static dtplan.plan.DiffRuleTable.change;
import static dtplan.plan.DiffRuleTable.keyEndpoint;
import static dtplan.plan.DiffRuleTable.keyEndpointAzure;
import static dtplan.plan.DiffRuleTable.keyEndpointLive;
import static dtplan.plan.DiffRuleTable.secrets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dtplan.diag.Severity;
import dtplan.fixtures.Fixtures;
import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.provider.Caller;
import dtplan.provider.ReadResponse;
import dtplan.provider.RouteReadFailure;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table of the data-plane access rules: who may write routes after the plan, what a refused route
 * list means, and private instances.
 */
class DataPlaneAccessTest {
  static final String CALLER = "c0ffee00-0000-4000-8000-00000000ca11";
  static final String INSTANCE_ID = Fixtures.instanceId("twins");
  static final Map<String, String> ENV = secrets("v1");

  static Stream<Arguments> cases() {
    return Stream.of(
        of(
            "a new instance with routes and a caller without a data role is a DATA_ROLE_MISSING error",
            () -> plan(keyEndpoint(), withCaller(base(), List.of())),
            p ->
                assertThat(codes(p))
                    .contains(
                        tuple(
                            Severity.ERROR,
                            Consequence.Code.DATA_ROLE_MISSING,
                            "instances.twins"))),
        of(
            "dataOwners: [caller] grants Data Owner on the instance, to the caller, with no principalType",
            () -> plan(withDataOwners(keyEndpoint(), "caller"), withCaller(base(), List.of())),
            p -> {
              PlannedChange grant = change(p, "instances.twins.dataOwners[0]");
              assertThat(grant.action()).isEqualTo(Action.CREATE);
              RoleAssignment ra = (RoleAssignment) grant.after();
              assertThat(ra.scope()).isEqualTo(INSTANCE_ID);
              assertThat(ra.principalId()).isEqualTo(CALLER);
              assertThat(ra.roleDefinitionId()).isEqualTo(RoleDefinitions.DIGITAL_TWINS_DATA_OWNER);
              assertThat(ra.principalType()).isNull();
              assertThat(errors(p)).isEmpty();
            }),
        of(
            "Data Owner held at the resource group covers the instance",
            () ->
                plan(
                    keyEndpoint(),
                    withCaller(
                        base(), List.of(grant(RG, RoleDefinitions.DIGITAL_TWINS_DATA_OWNER)))),
            p -> assertThat(errors(p)).isEmpty()),
        of(
            "Data Owner held at a management group covers the instance",
            () ->
                plan(
                    keyEndpoint(),
                    withCaller(
                        base(),
                        List.of(
                            grant(
                                "/providers/Microsoft.Management/managementGroups/contoso",
                                RoleDefinitions.DIGITAL_TWINS_DATA_OWNER)))),
            p -> assertThat(errors(p)).isEmpty()),
        of(
            "control-plane Owner at the subscription is not a data role",
            () ->
                plan(
                    keyEndpoint(),
                    withCaller(
                        base(),
                        List.of(grant("/subscriptions/" + Fixtures.SUB, RoleDefinitions.OWNER)))),
            p -> assertThat(errors(p)).containsExactly(Consequence.Code.DATA_ROLE_MISSING)),
        of(
            "Data Reader lets a plan read routes but not write them",
            () ->
                plan(
                    keyEndpoint(),
                    withCaller(
                        base(),
                        List.of(grant(INSTANCE_ID, RoleDefinitions.DIGITAL_TWINS_DATA_READER)))),
            p -> assertThat(errors(p)).containsExactly(Consequence.Code.DATA_ROLE_MISSING)),
        of(
            "a Data Owner at a sibling instance does not cover this one",
            () ->
                plan(
                    keyEndpoint(),
                    withCaller(
                        base(),
                        List.of(
                            grant(
                                INSTANCE_ID.replace("/twins", "/twins2"),
                                RoleDefinitions.DIGITAL_TWINS_DATA_OWNER)))),
            p -> assertThat(errors(p)).containsExactly(Consequence.Code.DATA_ROLE_MISSING)),
        of(
            "no route change needs no write access, even without a role",
            () -> {
              ReadResponse live = keyEndpointLive("v1");
              return plan(keyEndpoint(), withCaller(live, List.of()));
            },
            p -> {
              assertThat(p.changes()).allMatch(c -> c.action() == Action.NO_OP);
              assertThat(errors(p)).isEmpty();
            }),
        of(
            "routes Azure refused to list are an error and are left out of the plan",
            () -> plan(keyEndpoint(), refused(keyEndpointLive("v1"))),
            p -> {
              assertThat(errors(p)).containsExactly(Consequence.Code.ROUTES_UNREADABLE);
              assertThat(p.changes()).noneMatch(c -> c.kind() == ResourceKind.ROUTE);
              assertThat(messages(p)).anyMatch(m -> m.contains("dataOwners: [caller]"));
            }),
        of(
            "refused routes are reported even when the spec has no routes, since the stack owns every route",
            () ->
                plan(
                    keyEndpoint().replace("    routes:\n      all: {endpoint: telemetry}\n", ""),
                    refused(keyEndpointLive("v1"))),
            p -> assertThat(errors(p)).containsExactly(Consequence.Code.ROUTES_UNREADABLE)),
        of(
            "refused routes with a Data Owner grant in the plan are deferred to the next plan",
            () -> plan(withDataOwners(keyEndpoint(), "caller"), refused(keyEndpointLive("v1"))),
            p -> {
              assertThat(errors(p)).isEmpty();
              assertThat(codes(p))
                  .contains(
                      tuple(Severity.WARNING, Consequence.Code.ROUTES_DEFERRED, "instances.twins"));
              assertThat(p.changes()).noneMatch(c -> c.kind() == ResourceKind.ROUTE);
            }),
        of(
            "refused routes of an instance whose public access is disabled name the network, not a role",
            () ->
                plan(
                    withDataOwners(keyEndpoint(), "caller")
                        .replace(
                            "    endpoints:", "    publicNetworkAccess: Disabled\n    endpoints:"),
                    refused(
                        keyEndpointAzure("v1", List.of())
                            .publicNetworkAccess("twins", "Disabled")
                            .read())),
            p -> {
              assertThat(errors(p)).containsExactly(Consequence.Code.ROUTES_UNREADABLE);
              assertThat(messages(p)).anyMatch(m -> m.contains("private endpoints"));
            }),
        of(
            "disabling public access on an instance whose routes change warns and says routes go first",
            () ->
                plan(
                    keyEndpoint()
                        .replace(
                            "    endpoints:", "    publicNetworkAccess: Disabled\n    endpoints:")
                        .replace("{endpoint: telemetry}", "{endpoint: telemetry, filter: 'false'}"),
                    withCaller(
                        keyEndpointLive("v1"),
                        List.of(grant(RG, RoleDefinitions.DIGITAL_TWINS_DATA_OWNER)))),
            p -> {
              assertThat(codes(p))
                  .contains(
                      tuple(
                          Severity.WARNING,
                          Consequence.Code.PRIVATE_DATA_PLANE,
                          "instances.twins"));
              assertThat(messages(p)).anyMatch(m -> m.contains("writes the routes before"));
            }),
        of(
            "an unknown caller cannot be named in dataOwners",
            () -> plan(withDataOwners(keyEndpoint(), "caller"), base()),
            p -> assertThat(errors(p)).containsExactly(Consequence.Code.CALLER_UNKNOWN)),
        of(
            "dataOwners may name a user identity of the stack, sent as a ServicePrincipal",
            () ->
                plan(
                    withDataOwners(
                            keyEndpoint()
                                .replace("instances:\n", "identities:\n  ingest: {}\ninstances:\n"),
                            "identities.ingest")
                        + "",
                    withCaller(
                        base(), List.of(grant(RG, RoleDefinitions.DIGITAL_TWINS_DATA_OWNER)))),
            p -> {
              PlannedChange grant = change(p, "instances.twins.dataOwners[0]");
              assertThat(((RoleAssignment) grant.after()).principalType())
                  .isEqualTo(RoleAssignment.SERVICE_PRINCIPAL);
              assertThat(grant.unknowns())
                  .containsEntry(
                      "principalId", dtplan.plan.ResourceAddress.parse("identities.ingest"));
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(String reason, Supplier<Plan> plan, Consumer<Plan> expect) {
    expect.accept(plan.get());
  }

  static Arguments of(String reason, Supplier<Plan> plan, Consumer<Plan> expect) {
    return Arguments.of(reason, plan, expect);
  }

  static Plan plan(String yaml, ReadResponse live) {
    return DiffRuleTable.plan(yaml, ENV, live);
  }

  static String withDataOwners(String yaml, String principal) {
    return yaml.replace("    endpoints:", "    dataOwners: [" + principal + "]\n    endpoints:");
  }

  static RoleAssignment grant(String scope, String role) {
    return new RoleAssignment(
        scope, CALLER, role, LiveStates.uuid(scope + role), "granted by hand", "User");
  }

  static ReadResponse withCaller(ReadResponse live, List<RoleAssignment> grants) {
    return new ReadResponse(
        live.instances(),
        live.endpoints(),
        live.routes(),
        live.userIdentities(),
        live.roleAssignments(),
        live.destinations(),
        live.roleDefinitions(),
        new Caller(CALLER, grants),
        live.routeReadFailures());
  }

  /** The live state as read by a caller without a data role: routes refused, none listed. */
  static ReadResponse refused(ReadResponse live) {
    return new ReadResponse(
        live.instances(),
        live.endpoints(),
        List.of(),
        live.userIdentities(),
        live.roleAssignments(),
        live.destinations(),
        live.roleDefinitions(),
        new Caller(CALLER, List.of()),
        List.of(new RouteReadFailure(INSTANCE_ID, "Forbidden", "The caller is not authorized.")));
  }

  static List<org.assertj.core.groups.Tuple> codes(Plan p) {
    return p.consequences().stream().map(c -> tuple(c.severity(), c.code(), c.address())).toList();
  }

  static List<Consequence.Code> errors(Plan p) {
    return p.consequences().stream()
        .filter(c -> c.severity() == Severity.ERROR)
        .map(Consequence::code)
        .toList();
  }

  static List<String> messages(Plan p) {
    return p.consequences().stream().map(Consequence::message).toList();
  }
}
