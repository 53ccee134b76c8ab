package dtplan.apply;

import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.fixtures.Fixtures.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.AzureState;
import dtplan.fixtures.Fixtures;
import dtplan.model.EndpointType;
import dtplan.model.RoleDefinitions;
import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.Step;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Moving an endpoint to identity-based authentication: while its routes are deleted, events are
 * lost, so the window holds only the endpoint's own delete and create. Everything the new endpoint
 * waits for (the identity enabled or linked, its roles granted) is done before the first route
 * goes. Ordering is checked on the graph (what must finish before what), not on one linear order
 * that could satisfy it by chance.
 */
class MigrationWindowTest {
  static final String CONN =
      "Endpoint=sb://ns-test.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=x;EntityPath=telemetry";

  static final String KEYED_NO_IDENTITY =
      """
      version: 1
      stack: s
      azure: {resourceGroup: rg-test, location: westeurope}
      instances:
        twins:
          endpoints:
            hub: {type: eventhub, auth: key, eventhub: %s, connectionString: "%s"}
          routes:
            a: {endpoint: hub}
            b: {endpoint: hub, filter: "type = 'x'"}
      """
          .formatted(HUB, CONN);

  static final String IDENTITY =
      """
      version: 1
      stack: s
      azure: {resourceGroup: rg-test, location: westeurope}
      instances:
        twins:
          identity: {system: true}
          roles: [{role: Azure Event Hubs Data Sender, scope: %s}]
          endpoints:
            hub: {type: eventhub, auth: identity, eventhub: %s}
          routes:
            a: {endpoint: hub}
            b: {endpoint: hub, filter: "type = 'x'"}
      """
          .formatted(HUB, HUB);

  static Spec spec(String yaml) throws Exception {
    try {
      return new SpecLoader().parse("t.yaml", yaml, new SpecOptions(Map.of(), Map.of(), null, SUB));
    } catch (dtplan.diag.InvalidSpecException e) {
      throw new AssertionError(e.diagnostics().toString(), e);
    }
  }

  /**
   * Azure holding {@link #KEYED_NO_IDENTITY} without its routes; {@code system} enables the
   * instance's system identity.
   */
  static AzureState keyedAzure(boolean system) {
    return AzureState.of("s", Fixtures.destinations())
        .instance("twins", Map.of(), system)
        .keyEndpoint("twins", "hub", EndpointType.EVENT_HUB, CONN);
  }

  /** The routes a and b of {@link #KEYED_NO_IDENTITY}, to endpoint hub. */
  static AzureState withRoutes(AzureState azure) {
    return azure.route("twins", "a", "hub").route("twins", "b", "hub", "type = 'x'");
  }

  static ExecutionGraph graph(ReadResponse live, String to) throws Exception {
    Plan plan = new Planner().plan("test", spec(to), live, "d");
    return ExecutionGraph.of(plan);
  }

  static Step step(ExecutionGraph g, String id) {
    return g.steps().stream()
        .filter(s -> s.id().equals("instances.twins" + id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step " + id + " in " + g.steps()));
  }

  @Test
  void theIdentityAndItsRoleAreReadyBeforeTheFirstRouteIsDeleted() throws Exception {
    ExecutionGraph g = graph(withRoutes(keyedAzure(false)).read(), IDENTITY);
    Step identity = step(g, " (update)");
    Step role = step(g, ".roles[0] (create)");
    for (String route : List.of("a", "b")) {
      Step deleted = step(g, ".routes." + route + " (delete)");
      assertThat(g.precedes(identity, deleted)).as("identity before route " + route).isTrue();
      assertThat(g.precedes(role, deleted)).as("role before route " + route).isTrue();
    }
  }

  @Test
  void theWindowHoldsOnlyTheEndpointsDeleteAndCreate() throws Exception {
    ExecutionGraph g = graph(withRoutes(keyedAzure(false)).read(), IDENTITY);
    List<RouteWindow> windows = RouteWindow.of(g);
    assertThat(windows).hasSize(1);
    RouteWindow w = windows.get(0);
    assertThat(w.endpoint()).isEqualTo("instances.twins.endpoints.hub");
    assertThat(w.inside())
        .extracting(Step::id)
        .containsExactly(
            "instances.twins.endpoints.hub (delete)", "instances.twins.endpoints.hub (create)");
    assertThat(w.routes()).containsExactly("a", "b");
  }

  @Test
  void aReplacementWithoutRoutesHasNoWindow() throws Exception {
    ExecutionGraph g =
        graph(keyedAzure(false).read(), IDENTITY.substring(0, IDENTITY.indexOf("    routes:")));
    assertThat(RouteWindow.of(g)).isEmpty();
  }

  /**
   * An old endpoint on user identity {@code ingest}, a new one on the system identity, and the
   * instance unlinks {@code ingest}: the instance update must wait for the old endpoint to go, so
   * it stays in the window (no order avoids that), and the graph has no cycle.
   */
  @Test
  void anUpdateThatTakesAwayTheOldEndpointsIdentityStaysInTheWindow() throws Exception {
    ReadResponse onUser =
        AzureState.of("s", Fixtures.destinations())
            .userIdentity("ingest")
            .instance("twins", Map.of(), false, "ingest")
            .identityEndpoint("twins", "hub", HUB, null, "ingest")
            .route("twins", "a", "hub")
            .userRole("ingest", RoleDefinitions.EVENT_HUBS_DATA_SENDER, HUB)
            .read();
    String onSystem =
        """
        version: 1
        stack: s
        azure: {resourceGroup: rg-test, location: westeurope}
        identities:
          ingest: {}
        instances:
          twins:
            identity: {system: true}
            roles: [{role: Azure Event Hubs Data Sender, scope: %s}]
            endpoints:
              hub: {type: eventhub, auth: identity, eventhub: %s}
            routes:
              a: {endpoint: hub}
        roleAssignments:
          send: {principal: identities.ingest, role: Azure Event Hubs Data Sender, scope: %s}
        """
            .formatted(HUB, HUB, HUB);
    ExecutionGraph g = graph(onUser, onSystem);
    Step update = step(g, " (update)");
    Step endpointDelete = step(g, ".endpoints.hub (delete)");
    Step endpointCreate = step(g, ".endpoints.hub (create)");
    assertThat(g.precedes(endpointDelete, update)).isTrue();
    assertThat(g.precedes(update, endpointCreate)).isTrue();
    assertThat(RouteWindow.of(g).get(0).inside()).contains(update);
  }

  /**
   * A route that leaves a replaced endpoint for another is repointed in place, before the old
   * endpoint goes: it is never deleted, so it never misses an event.
   */
  @Test
  void aRouteMovedOffAReplacedEndpointIsUpdatedInPlaceBeforeTheEndpointGoes() throws Exception {
    String moved =
        IDENTITY
            .replace(
                "    routes:",
                "      other: {type: eventhub, auth: key, eventhub: %s, connectionString: \"%s\"}\n    routes:"
                    .formatted(HUB, CONN))
            .replace("a: {endpoint: hub}", "a: {endpoint: other}");
    ReadResponse live =
        withRoutes(keyedAzure(false).keyEndpoint("twins", "other", EndpointType.EVENT_HUB, CONN))
            .read();
    Plan plan = new Planner().plan("test", spec(moved), live, "d");
    assertThat(plan.changes())
        .filteredOn(c -> c.address().toString().equals("instances.twins.routes.a"))
        .extracting(c -> c.action().name())
        .containsExactly("UPDATE");
    ExecutionGraph g = ExecutionGraph.of(plan);
    assertThat(g.precedes(step(g, ".routes.a (update)"), step(g, ".endpoints.hub (delete)")))
        .isTrue();
    assertThat(RouteWindow.of(g).get(0).routes()).containsExactly("b");
  }

  /**
   * A rename on an instance that already holds 6 endpoints: the new one can exist only once the old
   * one is gone (Azure allows 6), and the old one only goes once no route uses it. So the routes
   * cannot be repointed in place: they are deleted before the old endpoint and created after the
   * new one, and the plan has an order (it had none: apply stopped with "ordered … and the
   * reverse").
   */
  @Test
  void aRenameOnAFullInstanceRecreatesItsRoutesAroundTheSwap() throws Exception {
    StringBuilder others = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      others.append(
          "      other%d: {type: eventhub, auth: key, eventhub: %s, connectionString: \"%s\"}\n"
              .formatted(i, HUB, CONN));
    }
    AzureState keyed = keyedAzure(false);
    for (int i = 1; i <= 5; i++) {
      keyed.keyEndpoint("twins", "other" + i, EndpointType.EVENT_HUB, CONN);
    }
    String renamed =
        IDENTITY
            .replace(
                "hub: {type: eventhub, auth: identity", "hub-id: {type: eventhub, auth: identity")
            .replace("{endpoint: hub", "{endpoint: hub-id")
            .replace("    routes:", others + "    routes:");
    Plan plan = new Planner().plan("test", spec(renamed), withRoutes(keyed).read(), "d");
    ExecutionGraph g = ExecutionGraph.of(plan);
    Step oldGone = step(g, ".endpoints.hub (delete)");
    Step newMade = step(g, ".endpoints.hub-id (create)");
    assertThat(g.precedes(oldGone, newMade)).isTrue();
    for (String route : List.of("a", "b")) {
      assertThat(g.precedes(step(g, ".routes." + route + " (delete)"), oldGone)).isTrue();
      assertThat(g.precedes(newMade, step(g, ".routes." + route + " (create)"))).isTrue();
    }
  }
}
