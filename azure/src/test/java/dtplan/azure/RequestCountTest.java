package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.model.Instance;
import dtplan.model.RoleDefinitions;
import dtplan.model.Route;
import dtplan.provider.CreateRequest;
import dtplan.provider.ReadRequest;
import dtplan.provider.ReadResponse;
import dtplan.sandbox.SandboxConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A read costs one list of instances plus three lists per instance (endpoints, routes, role
 * assignments of its principal), however many children each has, and one list of the group's
 * private endpoints (a stack without any costs no more); an instance without data history
 * connections costs no list of them.
 */
class RequestCountTest extends SandboxTestBase {
  static final int INSTANCES = 10;
  static final int CHILDREN = 6;

  /**
   * This test counts calls per collection, not pages: with the sandbox's default of two items a
   * page, every list of six would cost three calls and the bound would measure the page size. So
   * every list fits one page here; that all pages are read is ReadTest's business
   * (readsEveryPageOfEveryList).
   */
  @Override
  SandboxConfig config() {
    return SandboxConfig.defaults().withPageSize(1000);
  }

  @Test
  void readingTenFullInstancesTakesThreeCallsPerInstance() {
    List<String> resources = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      String id = instanceId("adt-" + i);
      resources.add(
          """
          {"id": "%s", "body": {"location": "westeurope", "tags": {"dtplan-stack": "factory"},
                               "identity": {"type": "SystemAssigned"}}}"""
              .formatted(id));
      for (int e = 0; e < CHILDREN; e++) {
        resources.add(
            """
            {"id": "%s/endpoints/ep-%d", "body": {"properties": {"endpointType": "EventHub",
              "authenticationType": "KeyBased", "connectionStringPrimaryKey": "%s"}}}"""
                .formatted(id, e, EH_CONNECTION));
      }
    }
    sandbox.seed("{\"resources\": [" + String.join(",", resources) + "]}");
    List<Instance> instances = read().instances();
    List<String> assignments = new ArrayList<>();
    for (Instance adt : instances) {
      for (int r = 0; r < CHILDREN; r++) {
        provider.create(new CreateRequest(new Route(adt.id(), "route-" + r, "ep-" + r, "true")));
      }
      assignments.add(
          """
          {"id": "%s/providers/Microsoft.Authorization/roleAssignments/%s",
           "properties": {"roleDefinitionId": "%s", "principalId": "%s"}}"""
              .formatted(
                  HUB,
                  UUID.randomUUID(),
                  RoleDefinitions.EVENT_HUBS_DATA_SENDER,
                  adt.identity().principalId()));
    }
    sandbox.seed("{\"roleAssignments\": [" + String.join(",", assignments) + "]}");
    sandbox.requests().clear();

    ReadResponse live = read();

    int requests = sandbox.requests().total();
    System.out.printf(
        Locale.ROOT,
        "read of %d instances: %d requests %s%n",
        INSTANCES,
        requests,
        sandbox.requests().counts());
    assertThat(live.instances()).hasSize(INSTANCES);
    assertThat(live.endpoints()).hasSize(INSTANCES * CHILDREN);
    assertThat(live.routes()).hasSize(INSTANCES * CHILDREN);
    assertThat(live.roleAssignments()).hasSize(INSTANCES);
    assertThat(requests).isLessThanOrEqualTo(3 * INSTANCES + 3);
  }

  ReadResponse read() {
    return provider.read(
        new ReadRequest(SUB, RG, "factory", List.of(), List.of(), List.of(), List.of()));
  }
}
