package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.authorization.fluent.models.RoleDefinitionInner;
import dtplan.model.Destination;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.model.UserIdentity;
import dtplan.provider.ReadRequest;
import dtplan.provider.ReadResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadTest extends SandboxTestBase {
  static final String ROLE_ASSIGNMENTS_LIST =
      "/subscriptions/{}/providers/Microsoft.Authorization/roleAssignments";

  ReadResponse read(
      List<String> instanceIds, List<String> uais, List<String> destinations, List<String> roles) {
    return provider.read(
        new ReadRequest(SUB, RG, "factory", instanceIds, uais, destinations, roles));
  }

  @Test
  void keepsInstancesOfTheStackAndNamedOnesButNotOthers() {
    sandbox.seed(
        """
        {"resources": [
          {"id": "%s", "body": {"location": "West Europe", "tags": {"dtplan-stack": "factory"}}},
          {"id": "%s", "body": {"location": "westeurope", "tags": {"dtplan-stack": "other"}}},
          {"id": "%s", "body": {"location": "westeurope"}}
        ]}
        """
            .formatted(instanceId("adt-ours"), instanceId("adt-theirs"), instanceId("adt-named")));

    ReadResponse live =
        read(
            List.of(instanceId("ADT-NAMED"), instanceId("adt-missing")),
            List.of(),
            List.of(),
            List.of());

    assertThat(live.instances())
        .extracting(Instance::name)
        .containsExactlyInAnyOrder("adt-ours", "adt-named");
    Instance ours =
        live.instances().stream().filter(i -> i.name().equals("adt-ours")).findFirst().get();
    assertThat(ours.location()).isEqualTo("westeurope");
    assertThat(ours.identity()).isEqualTo(InstanceIdentity.NONE);
    assertThat(ours.hostName()).startsWith("http://127.0.0.1:");
  }

  @Test
  void keepsEveryInstanceOfTheGroupWhenAskedForAll() {
    sandbox.seed(
        """
        {"resources": [
          {"id": "%s", "body": {"location": "westeurope", "tags": {"dtplan-stack": "factory"}}},
          {"id": "%s", "body": {"location": "westeurope", "tags": {"dtplan-stack": "other"}}},
          {"id": "%s", "body": {"location": "westeurope"}}
        ]}
        """
            .formatted(instanceId("adt-ours"), instanceId("adt-theirs"), instanceId("adt-hand")));

    ReadResponse live =
        provider.read(
            new ReadRequest(
                SUB, RG, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                true));

    assertThat(live.instances())
        .extracting(Instance::name)
        .containsExactlyInAnyOrder("adt-ours", "adt-theirs", "adt-hand");
  }

  @Test
  void normalisesIdentitySpellingsLocationsAndRoleDefinitionIds() {
    sandbox.seed(
        """
        {"resources": [
          {"id": "%s", "body": {"location": "westeurope"}},
          {"id": "%s", "body": {"location": "WestEurope", "tags": {"dtplan-stack": "factory"},
                               "identity": {"type": "SystemAssigned,UserAssigned",
                                            "userAssignedIdentities": {"%s": {}}}}}
        ]}
        """
            .formatted(UAI_ID, instanceId("adt-factory"), UAI_ID));
    Instance seeded = read(List.of(), List.of(), List.of(), List.of()).instances().get(0);
    String principal = seeded.identity().principalId();
    String assignment = "0b2f6e86-1d1e-4a55-9c8e-2d5c2a7c1c11";
    sandbox.seed(
        """
        {"roleAssignments": [{"id": "%s/providers/Microsoft.Authorization/roleAssignments/%s",
          "properties": {"roleDefinitionId":
              "/providers/Microsoft.Authorization/roleDefinitions/2B629674-E913-4C01-AE53-EF4638D8F975",
            "principalId": "%s", "principalType": "ServicePrincipal",
            "description": "dtplan-stack=factory"}}]}
        """
            .formatted(HUB + "/", assignment, principal));

    ReadResponse live = read(List.of(), List.of(UAI_ID), List.of(), List.of());

    Instance adt = live.instances().get(0);
    assertThat(adt.location()).isEqualTo("westeurope");
    assertThat(adt.identity().system()).isTrue();
    assertThat(adt.identity().userAssigned()).containsExactly(UAI_ID);
    assertThat(adt.identity().armType()).isEqualTo("SystemAssigned,UserAssigned");
    UserIdentity uai = live.userIdentities().get(0);
    assertThat(adt.identity().userPrincipalIds()).containsEntry(UAI_ID, uai.principalId());
    assertThat(live.roleAssignments())
        .containsExactly(
            new RoleAssignment(
                HUB,
                principal,
                RoleDefinitions.EVENT_HUBS_DATA_SENDER,
                assignment,
                "dtplan-stack=factory"));
  }

  @Test
  void readsEachPrincipalOnceAndListsEachAssignmentOnce() {
    sandbox.seed(
        """
        {"resources": [
          {"id": "%s", "body": {"location": "westeurope"}},
          {"id": "%s", "body": {"location": "westeurope", "tags": {"dtplan-stack": "factory"},
            "identity": {"type": "UserAssigned", "userAssignedIdentities": {"%s": {}}}}}
        ]}
        """
            .formatted(UAI_ID, instanceId("adt-factory"), UAI_ID));
    String uaiPrincipal =
        read(List.of(), List.of(UAI_ID), List.of(), List.of())
            .userIdentities()
            .get(0)
            .principalId();
    sandbox.seed(
        """
        {"roleAssignments": [{"id": "%s/providers/Microsoft.Authorization/roleAssignments/%s",
          "properties": {"roleDefinitionId": "%s", "principalId": "%s"}}]}
        """
            .formatted(
                EH_NS,
                "5d0b7f3a-8f7e-4a55-9c8e-2d5c2a7c1c12",
                RoleDefinitions.EVENT_HUBS_DATA_OWNER,
                uaiPrincipal));
    sandbox.requests().clear();

    ReadResponse live = read(List.of(), List.of(UAI_ID), List.of(), List.of());

    assertThat(live.roleAssignments()).hasSize(1);
    assertThat(live.roleAssignments().get(0).covers(HUB)).isTrue();
    assertThat(sandbox.requests().count("GET", ROLE_ASSIGNMENTS_LIST)).isEqualTo(1);
  }

  @Test
  void readsDestinationsWithTheirDerivedEndpoints() {
    String missing = EH_NS + "/eventhubs/nope";

    ReadResponse live =
        read(
            List.of(),
            List.of(UAI_ID),
            List.of(HUB, EH_NS, TOPIC, EG_TOPIC, CONTAINER, ACCOUNT, missing, RG_ID),
            List.of());

    assertThat(live.userIdentities()).isEmpty();
    assertThat(live.destinations())
        .containsExactly(
            new Destination(
                HUB, true, "https://ns-factory.servicebus.windows.net:443/", null, null),
            new Destination(
                EH_NS, true, "https://ns-factory.servicebus.windows.net:443/", null, null),
            new Destination(
                TOPIC, true, "https://sb-factory.servicebus.windows.net:443/", null, null),
            new Destination(
                EG_TOPIC,
                true,
                null,
                "https://eg-factory.westeurope-1.eventgrid.azure.net/api/events",
                null),
            new Destination(
                CONTAINER, true, null, null, "https://stfactory.blob.core.windows.net/"),
            new Destination(ACCOUNT, true, null, null, "https://stfactory.blob.core.windows.net/"),
            Destination.missing(missing),
            new Destination(RG_ID, true, null, null, null));
  }

  @Test
  void readsANamespaceOnceForAllItsEventHubs() {
    String second = EH_NS + "/eventhubs/lifecycle";
    sandbox.seed("{\"resources\": [{\"id\": \"" + second + "\", \"body\": {}}]}");
    sandbox.requests().clear();

    ReadResponse live = read(List.of(), List.of(), List.of(HUB, second), List.of());

    assertThat(live.destinations())
        .extracting(Destination::serviceBusEndpoint)
        .containsOnly("https://ns-factory.servicebus.windows.net:443/");
    long namespaceReads =
        sandbox.requests().entries().stream()
            .filter(
                e ->
                    e.method().equals("GET")
                        && e.path()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith("/namespaces/ns-factory"))
            .count();
    assertThat(namespaceReads).isEqualTo(1);
  }

  /**
   * Every list the read makes is longer than the sandbox's page (two items by default): three
   * instances, three endpoints and three routes on each, three role assignments of one principal.
   * All of them must come back, and the request log must show each list read past its first page.
   */
  @Test
  void readsEveryPageOfEveryList() {
    int n = 3;
    assertThat(sandbox.config().pageSize()).isLessThan(n);
    List<String> resources = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = instanceId("adt-" + i);
      resources.add(
          """
          {"id": "%s", "body": {"location": "westeurope", "tags": {"dtplan-stack": "factory"},
                               "identity": {"type": "SystemAssigned"}}}"""
              .formatted(id));
      for (int e = 0; e < n; e++) {
        resources.add(
            """
            {"id": "%s/endpoints/ep-%d", "body": {"properties": {"endpointType": "EventHub",
              "connectionStringPrimaryKey": "%s"}}}"""
                .formatted(id, e, EH_CONNECTION));
      }
    }
    sandbox.seed("{\"resources\": [" + String.join(",", resources) + "]}");
    List<Instance> instances = read(List.of(), List.of(), List.of(), List.of()).instances();
    assertThat(instances).hasSize(n);
    String principal = instances.get(0).identity().principalId();
    List<String> assignments = new java.util.ArrayList<>();
    List<String> roles =
        List.of(
            RoleDefinitions.EVENT_HUBS_DATA_SENDER,
            RoleDefinitions.EVENT_HUBS_DATA_OWNER,
            "a638d3c7-ab3a-418d-83e6-5f17a39d4fde");
    for (int r = 0; r < n; r++) {
      assignments.add(
          """
          {"id": "%s/providers/Microsoft.Authorization/roleAssignments/%s",
           "properties": {"roleDefinitionId": "%s", "principalId": "%s"}}"""
              .formatted(HUB, java.util.UUID.randomUUID(), roles.get(r), principal));
    }
    sandbox.seed("{\"roleAssignments\": [" + String.join(",", assignments) + "]}");
    for (Instance adt : instances) {
      for (int r = 0; r < n; r++) {
        provider.create(
            new dtplan.provider.CreateRequest(
                new dtplan.model.Route(adt.id(), "route-" + r, "ep-" + r, "true")));
      }
    }
    sandbox.requests().clear();

    ReadResponse live = read(List.of(), List.of(), List.of(), List.of());

    assertThat(live.instances()).hasSize(n);
    assertThat(live.endpoints()).hasSize(n * n);
    assertThat(live.routes()).hasSize(n * n);
    assertThat(live.roleAssignments()).hasSize(n);
    String instancesList =
        "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.DigitalTwins/digitalTwinsInstances";
    assertThat(sandbox.requests().count("GET", instancesList)).isEqualTo(2);
    assertThat(sandbox.requests().count("GET", instancesList + "/{}/endpoints")).isEqualTo(2 * n);
    assertThat(sandbox.requests().count("GET", "/_dataplane/{}/{}/{}/eventroutes"))
        .isEqualTo(2 * n);
    // One list per principal; only the first principal's three assignments need a second page.
    assertThat(sandbox.requests().count("GET", ROLE_ASSIGNMENTS_LIST)).isEqualTo(n + 1);
  }

  @Test
  void resolvesCustomRoleNamesOnceAndBuiltInsWithoutACall() {
    String guid = "11111111-2222-3333-4444-555555555555";
    connection
        .authorizationManager()
        .roleServiceClient()
        .getRoleDefinitions()
        .createOrUpdate(
            "/subscriptions/" + SUB, guid, new RoleDefinitionInner().withRoleName("Twin Router"));
    sandbox.requests().clear();
    List<String> names = List.of("Twin Router", "Azure Event Hubs Data Sender", "No Such Role");

    ReadResponse first = read(List.of(), List.of(), List.of(), names);
    ReadResponse second = read(List.of(), List.of(), List.of(), names);

    Map<String, String> expected =
        Map.of(
            "Twin Router",
            guid,
            "Azure Event Hubs Data Sender",
            RoleDefinitions.EVENT_HUBS_DATA_SENDER);
    assertThat(first.roleDefinitions()).isEqualTo(expected);
    assertThat(second.roleDefinitions()).isEqualTo(expected);
    assertThat(
            sandbox
                .requests()
                .count(
                    "GET", "/subscriptions/{}/providers/Microsoft.Authorization/roleDefinitions"))
        .isEqualTo(2);
  }
}
