package dtplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.diag.Severity;
import dtplan.fixtures.Fixtures;
import dtplan.model.AuthType;
import dtplan.model.Endpoint;
import dtplan.model.EndpointSecrets;
import dtplan.model.EndpointType;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.model.Route;
import dtplan.provider.ReadResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15 item 4, as a table: each case is a lifecycle block, what Azure holds, and what the plan
 * must do. Every case has its control, the same live state without the setting, so a case cannot
 * pass because nothing differed.
 */
class LifecycleTest {
  static final String INSTANCE_ID = Fixtures.instanceId("twins");

  record Case(
      String lifecycle,
      String location,
      Instance live,
      List<Endpoint> endpoints,
      List<Route> routes,
      Consumer<Plan> with,
      Consumer<Plan> without) {}

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "a tag set outside dtplan is kept when ignored",
            new Case(
                "{ignoreChanges: [tags.costcenter]}",
                "westeurope",
                instance(Map.of("costcenter", "42", "team", "iot"), "Enabled"),
                List.of(),
                List.of(),
                p -> {
                  assertThat(action(p, "instances.twins")).isEqualTo(Action.NO_OP);
                  assertThat(codes(p)).containsExactly(Consequence.Code.CHANGES_IGNORED);
                  assertThat(p.consequences().get(0).message())
                      .startsWith("tags.costcenter differs");
                  assertThat(((Instance) change(p, "instances.twins").after()).tags())
                      .containsEntry("costcenter", "42");
                },
                p -> assertThat(action(p, "instances.twins")).isEqualTo(Action.UPDATE))),
        Arguments.of(
            "every user tag is kept when `tags` is ignored, and dtplan's own are still written",
            new Case(
                "{ignoreChanges: [tags]}",
                "westeurope",
                instance(Map.of("team", "other", "policy", "x"), "Enabled"),
                List.of(),
                List.of(),
                p -> {
                  assertThat(action(p, "instances.twins")).isEqualTo(Action.NO_OP);
                  assertThat(p.consequences().get(0).message())
                      .startsWith("tags.policy, tags.team differ");
                },
                p -> assertThat(action(p, "instances.twins")).isEqualTo(Action.UPDATE))),
        Arguments.of(
            "public network access changed outside dtplan is kept when ignored",
            new Case(
                "{ignoreChanges: [publicNetworkAccess]}",
                "westeurope",
                instance(Map.of("team", "iot"), "Disabled"),
                List.of(),
                List.of(),
                p -> {
                  assertThat(action(p, "instances.twins")).isEqualTo(Action.NO_OP);
                  assertThat(p.consequences().get(0).message())
                      .startsWith("publicNetworkAccess differs");
                },
                p -> assertThat(action(p, "instances.twins")).isEqualTo(Action.UPDATE))),
        Arguments.of(
            "another team's endpoint and route on a shared instance are left alone",
            new Case(
                "{unmanaged: [endpoints, routes]}",
                "westeurope",
                instance(Map.of("team", "iot"), "Enabled"),
                List.of(endpoint("theirs")),
                List.of(new Route(INSTANCE_ID, "their-route", "theirs", "true")),
                p -> {
                  assertThat(p.changes()).allMatch(c -> c.action() == Action.NO_OP);
                  assertThat(codes(p)).containsExactly(Consequence.Code.UNMANAGED_KEPT);
                  assertThat(p.consequences().get(0).message())
                      .endsWith("endpoint theirs, route their-route");
                },
                p -> {
                  assertThat(action(p, "instances.twins.endpoints.theirs"))
                      .isEqualTo(Action.DELETE);
                  assertThat(action(p, "instances.twins.routes.their-route"))
                      .isEqualTo(Action.DELETE);
                })),
        Arguments.of(
            "only the children named are left alone",
            new Case(
                "{unmanaged: [routes]}",
                "westeurope",
                instance(Map.of("team", "iot"), "Enabled"),
                List.of(endpoint("theirs")),
                List.of(new Route(INSTANCE_ID, "their-route", "theirs", "true")),
                p -> {
                  assertThat(action(p, "instances.twins.endpoints.theirs"))
                      .isEqualTo(Action.DELETE);
                  assertThat(p.changes())
                      .noneMatch(c -> c.address().toString().endsWith("their-route"));
                },
                p ->
                    assertThat(action(p, "instances.twins.routes.their-route"))
                        .isEqualTo(Action.DELETE))),
        Arguments.of(
            "a replacement of a protected instance is an error",
            new Case(
                "{preventDestroy: true}",
                "northeurope",
                instance(Map.of("team", "iot"), "Enabled"),
                List.of(),
                List.of(),
                p -> {
                  assertThat(action(p, "instances.twins")).isEqualTo(Action.REPLACE);
                  assertThat(p.hasErrors()).isTrue();
                  Consequence error =
                      p.consequences().stream()
                          .filter(c -> c.code() == Consequence.Code.DESTROY_PREVENTED)
                          .findFirst()
                          .orElseThrow();
                  assertThat(error.severity()).isEqualTo(Severity.ERROR);
                  assertThat(error.address()).isEqualTo("instances.twins");
                  assertThat(error.message()).contains("replace").contains("preventDestroy");
                },
                p -> assertThat(p.hasErrors()).isFalse())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(String name, Case c) {
    ReadResponse live =
        new ReadResponse(
            List.of(c.live()),
            c.endpoints(),
            c.routes(),
            List.of(),
            List.of(),
            Fixtures.destinations(),
            Map.of());
    c.with().accept(plan(c.location(), c.lifecycle(), live));
    c.without().accept(plan(c.location(), null, live));
  }

  private static Plan plan(String location, String lifecycle, ReadResponse live) {
    String yaml =
        """
        version: 1
        stack: test
        azure: {resourceGroup: rg-test, location: %s}
        instances:
          twins:
            tags: {team: iot}
        %s
        """
            .formatted(location, lifecycle == null ? "" : "    lifecycle: " + lifecycle);
    return new Planner().plan("test", Fixtures.spec(yaml), live, "d");
  }

  private static Instance instance(Map<String, String> userTags, String access) {
    Map<String, String> tags = new LinkedHashMap<>(userTags);
    tags.put("dtplan-stack", "test");
    return new Instance(
        INSTANCE_ID,
        "westeurope",
        tags,
        new InstanceIdentity(false, List.of(), null, null, Map.of()),
        access,
        "twins.api.weu.digitaltwins.azure.net",
        "Succeeded");
  }

  private static Endpoint endpoint(String name) {
    return new Endpoint(
        INSTANCE_ID,
        name,
        EndpointType.EVENT_GRID,
        AuthType.KEY,
        null,
        null,
        null,
        "https://t.westeurope-1.eventgrid.azure.net/api/events",
        null,
        EndpointSecrets.NONE,
        "Succeeded");
  }

  private static PlannedChange change(Plan p, String address) {
    return p.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change at " + address + " in " + p.changes()));
  }

  private static Action action(Plan p, String address) {
    return change(p, address).action();
  }

  private static List<Consequence.Code> codes(Plan p) {
    return p.consequences().stream()
        .map(Consequence::code)
        .filter(c -> c != Consequence.Code.CALLER_UNKNOWN)
        .toList();
  }
}
