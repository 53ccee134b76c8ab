package dtplan.apply;

import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.fixtures.Fixtures.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.AzureState;
import dtplan.fixtures.Fixtures;
import dtplan.model.AuthType;
import dtplan.model.Destination;
import dtplan.model.Endpoint;
import dtplan.model.EndpointSecrets;
import dtplan.model.EndpointType;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.model.Route;
import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.Step;
import dtplan.provider.ReadResponse;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionGraphTest {
  static final String INSTANCE = Fixtures.INSTANCES + "twins";

  @Test
  void keyToIdentityMigrationDeletesRoutesThenEndpointAndGrantsTheRoleBeforeCreatingIt()
      throws Exception {
    String yaml =
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
    var spec =
        new SpecLoader().parse("t.yaml", yaml, new SpecOptions(Map.of(), Map.of(), null, SUB));
    Instance live =
        new Instance(
            INSTANCE,
            "westeurope",
            Map.of("dtplan-stack", "s", "dtplan-secret-hub", "primary:x"),
            new InstanceIdentity(true, List.of(), "p-1", "t", Map.of()),
            "Enabled",
            "host",
            "Succeeded");
    Endpoint keyBased =
        new Endpoint(
            INSTANCE,
            "hub",
            EndpointType.EVENT_HUB,
            AuthType.KEY,
            null,
            null,
            null,
            null,
            null,
            EndpointSecrets.NONE,
            "Succeeded");
    ReadResponse state =
        new ReadResponse(
            List.of(live),
            List.of(keyBased),
            List.of(
                new Route(INSTANCE, "a", "hub", "true"),
                new Route(INSTANCE, "b", "hub", "type = 'x'")),
            List.of(),
            List.of(),
            List.of(
                new Destination(
                    HUB, true, "https://ns-test.servicebus.windows.net:443/", null, null)),
            Map.of());
    Plan plan = new Planner().plan("test", spec, state, "d");
    List<String> order = ExecutionGraph.of(plan).topologicalOrder().stream().map(Step::id).toList();
    assertThat(order.indexOf("instances.twins.routes.a (delete)"))
        .isLessThan(order.indexOf("instances.twins.endpoints.hub (delete)"));
    assertThat(order.indexOf("instances.twins.routes.b (delete)"))
        .isLessThan(order.indexOf("instances.twins.endpoints.hub (delete)"));
    assertThat(order.indexOf("instances.twins.endpoints.hub (delete)"))
        .isLessThan(order.indexOf("instances.twins.endpoints.hub (create)"));
    assertThat(order.indexOf("instances.twins.roles[0] (create)"))
        .isLessThan(order.indexOf("instances.twins.endpoints.hub (create)"));
    assertThat(order.indexOf("instances.twins.endpoints.hub (create)"))
        .isLessThan(order.indexOf("instances.twins.routes.a (create)"));
    assertThat(order.indexOf("instances.twins.endpoints.hub (create)"))
        .isLessThan(order.indexOf("instances.twins.routes.b (create)"));
  }

  static final String FAILED_SPEC =
      """
      version: 1
      stack: s
      azure: {resourceGroup: rg-test, location: westeurope}
      instances:
        twins:
          identity: {system: true}
          dataOwners: [caller]
          roles: [{role: Azure Event Hubs Data Sender, scope: %s}]
          endpoints:
            hub: {type: eventhub, auth: identity, eventhub: %s}
          routes:
            a: {endpoint: hub}
      """
          .formatted(HUB, HUB);

  /**
   * Azure holding {@link #FAILED_SPEC}, then one operation failed on {@code failed}: the instance
   * or endpoint.
   */
  static ReadResponse appliedThenFailed(String failed) throws Exception {
    ReadResponse live =
        AzureState.of("s", Fixtures.destinations())
            .instance("twins", Map.of(), true)
            .grant(CALLER, RoleDefinitions.DIGITAL_TWINS_DATA_OWNER, INSTANCE)
            .systemRole("twins", RoleDefinitions.EVENT_HUBS_DATA_SENDER, HUB)
            .identityEndpoint("twins", "hub", HUB, null, null)
            .route("twins", "a", "hub")
            .read();
    live =
        failed.equals("instance")
            ? dtplan.plan.LiveStates.withInstance(
                live, "twins", i -> dtplan.plan.LiveStates.withState(i, "Failed"))
            : dtplan.plan.LiveStates.withEndpoint(
                live, "hub", e -> dtplan.plan.LiveStates.withState(e, "Failed"));
    // The caller, whose Data Owner grant the spec asks for, is who reads.
    return new ReadResponse(
        live.instances(),
        live.endpoints(),
        live.routes(),
        live.userIdentities(),
        live.roleAssignments(),
        live.destinations(),
        live.roleDefinitions(),
        new dtplan.provider.Caller(CALLER, List.of()),
        List.of());
  }

  @Test
  void aFailedEndpointIsReplacedWithItsRouteDeletedBeforeItAndCreatedAfterIt() throws Exception {
    List<String> order = order(FAILED_SPEC, appliedThenFailed("endpoint"));
    assertThat(order)
        .containsExactly(
            "instances.twins.routes.a (delete)",
            "instances.twins.endpoints.hub (delete)",
            "instances.twins.endpoints.hub (create)",
            "instances.twins.routes.a (create)");
  }

  @Test
  void aFailedInstanceIsReplacedBeforeItsChildrenAndRolesAreCreatedAgain() throws Exception {
    List<String> order = order(FAILED_SPEC, appliedThenFailed("instance"));
    int created = order.indexOf("instances.twins (create)");
    assertThat(order.indexOf("instances.twins (delete)")).isNotNegative().isLessThan(created);
    for (String later :
        List.of(
            "instances.twins.roles[0] (create)",
            "instances.twins.endpoints.hub (create)",
            "instances.twins.routes.a (create)")) {
      assertThat(order.indexOf(later)).as(later).isGreaterThan(created);
    }
    assertThat(order.indexOf("instances.twins.endpoints.hub (create)"))
        .isLessThan(order.indexOf("instances.twins.routes.a (create)"));
  }

  static final String CALLER = "c0ffee00-0000-4000-8000-00000000ca11";
  static final String KEYED_CONNECTION =
      "Endpoint=sb://ns-test.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=x;"
          + "EntityPath=telemetry";

  static ReadResponse liveWith(Instance instance, List<Endpoint> endpoints, List<Route> routes) {
    return new ReadResponse(
        instance == null ? List.of() : List.of(instance),
        endpoints,
        routes,
        List.of(),
        List.of(),
        List.of(
            new Destination(HUB, true, "https://ns-test.servicebus.windows.net:443/", null, null)),
        Map.of(),
        new dtplan.provider.Caller(CALLER, List.of()),
        List.of());
  }

  static List<String> order(String yaml, ReadResponse live) throws Exception {
    var spec =
        new SpecLoader().parse("t.yaml", yaml, new SpecOptions(Map.of(), Map.of(), null, SUB));
    Plan plan = new Planner().plan("test", spec, live, "d");
    return ExecutionGraph.of(plan).topologicalOrder().stream().map(Step::id).toList();
  }

  @Test
  void theCallersDataOwnerGrantFollowsItsInstanceAndPrecedesItsRoutes() throws Exception {
    String yaml =
        """
        version: 1
        stack: s
        azure: {resourceGroup: rg-test, location: westeurope}
        instances:
          twins:
            dataOwners: [caller]
            endpoints:
              hub: {type: eventhub, auth: key, eventhub: %s, connectionString: "%s"}
            routes:
              a: {endpoint: hub}
        """
            .formatted(HUB, KEYED_CONNECTION);
    List<String> order = order(yaml, liveWith(null, List.of(), List.of()));
    assertThat(order.indexOf("instances.twins (create)"))
        .isLessThan(order.indexOf("instances.twins.dataOwners[0] (create)"));
    assertThat(order.indexOf("instances.twins.dataOwners[0] (create)"))
        .isLessThan(order.indexOf("instances.twins.routes.a (create)"));
  }

  @Test
  void routesAreWrittenBeforePublicAccessIsDisabledEvenWhenTheirEndpointIsNew() throws Exception {
    String yaml =
        """
        version: 1
        stack: s
        azure: {resourceGroup: rg-test, location: westeurope}
        instances:
          twins:
            publicNetworkAccess: Disabled
            endpoints:
              hub: {type: eventhub, auth: key, eventhub: %s, connectionString: "%s"}
            routes:
              a: {endpoint: hub}
              gone: {endpoint: hub, filter: "false"}
        """
            .formatted(HUB, KEYED_CONNECTION);
    Instance live =
        new Instance(
            INSTANCE,
            "westeurope",
            Map.of("dtplan-stack", "s"),
            InstanceIdentity.NONE,
            "Enabled",
            "host",
            "Succeeded");
    List<String> order =
        order(
            yaml.replace("      gone: {endpoint: hub, filter: \"false\"}\n", ""),
            liveWith(live, List.of(), List.of(new Route(INSTANCE, "old", "other", "true"))));
    assertThat(order).contains("instances.twins (update)", "instances.twins.routes.a (create)");
    assertThat(order.indexOf("instances.twins.endpoints.hub (create)"))
        .isLessThan(order.indexOf("instances.twins.routes.a (create)"));
    assertThat(order.indexOf("instances.twins.routes.a (create)"))
        .isLessThan(order.indexOf("instances.twins (update)"));
    assertThat(order.indexOf("instances.twins.routes.old (delete)"))
        .isLessThan(order.indexOf("instances.twins (update)"));
  }

  @Test
  void aReplacedInstanceWhoseDataOwnerGrantLeavesTheSpecOrdersWithoutACycle() throws Exception {
    String yaml =
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
        """
            .formatted(HUB, KEYED_CONNECTION);
    var spec =
        new SpecLoader().parse("t.yaml", yaml, new SpecOptions(Map.of(), Map.of(), null, SUB));
    ReadResponse applied =
        AzureState.of("s", Fixtures.destinations())
            .instance("twins", Map.of(), false)
            .keyEndpoint("twins", "hub", EndpointType.EVENT_HUB, KEYED_CONNECTION)
            .route("twins", "a", "hub")
            .read();
    Instance moved = applied.instances().get(0);
    moved =
        new Instance(
            moved.id(),
            "northeurope",
            moved.tags(),
            moved.identity(),
            moved.publicNetworkAccess(),
            moved.hostName(),
            moved.provisioningState());
    RoleAssignment grant =
        new RoleAssignment(
            INSTANCE,
            CALLER,
            dtplan.model.RoleDefinitions.DIGITAL_TWINS_DATA_OWNER,
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "Managed by dtplan stack s",
            null);
    RoleAssignment rgGrant =
        new RoleAssignment(
            Fixtures.RG,
            CALLER,
            dtplan.model.RoleDefinitions.DIGITAL_TWINS_DATA_OWNER,
            "3f2504e0-4f89-11d3-9a0c-0305e82c3302",
            "granted by hand",
            "User");
    ReadResponse live =
        new ReadResponse(
            List.of(moved),
            applied.endpoints(),
            applied.routes(),
            List.of(),
            List.of(grant),
            applied.destinations(),
            Map.of(),
            new dtplan.provider.Caller(CALLER, List.of(grant, rgGrant)),
            List.of());
    Plan plan = new Planner().plan("test", spec, live, "d");
    List<String> order = ExecutionGraph.of(plan).topologicalOrder().stream().map(Step::id).toList();
    assertThat(order).contains("instances.twins (delete)", "instances.twins.routes.a (create)");
    assertThat(order.indexOf("instances.twins.routes.a (create)"))
        .isLessThan(
            order.indexOf("roleAssignments[\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"] (delete)"));
  }

  @Test
  void renamingAnEndpointRepointsRoutesWithNoGap() throws Exception {
    String renamed =
        """
        version: 1
        stack: s
        azure: {resourceGroup: rg-test, location: westeurope}
        instances:
          twins:
            identity: {system: true}
            roles: [{role: Azure Event Hubs Data Sender, scope: %s}]
            endpoints:
              telemetry-id: {type: eventhub, auth: identity, eventhub: %s}
            routes:
              r-all: {endpoint: telemetry-id}
        """
            .formatted(HUB, HUB);
    ReadResponse live =
        AzureState.of("s", Fixtures.destinations())
            .instance("twins", Map.of(), false)
            .keyEndpoint("twins", "telemetry", EndpointType.EVENT_HUB, KEYED_CONNECTION)
            .route("twins", "r-all", "telemetry")
            .read();
    List<String> order = order(renamed, live);
    assertThat(order).noneMatch(id -> id.contains("routes.r-all (delete)"));
    assertThat(order.indexOf("instances.twins (update)"))
        .isLessThan(order.indexOf("instances.twins.roles[0] (create)"));
    assertThat(order.indexOf("instances.twins.roles[0] (create)"))
        .isLessThan(order.indexOf("instances.twins.endpoints.telemetry-id (create)"));
    assertThat(order.indexOf("instances.twins.endpoints.telemetry-id (create)"))
        .isLessThan(order.indexOf("instances.twins.routes.r-all (update)"));
    assertThat(order.indexOf("instances.twins.routes.r-all (update)"))
        .isLessThan(order.indexOf("instances.twins.endpoints.telemetry (delete)"));
  }
}
