package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.http.rest.PagedResponse;
import com.azure.core.management.Region;
import com.azure.core.util.Context;
import com.azure.digitaltwins.core.DigitalTwinsClient;
import com.azure.digitaltwins.core.models.DigitalTwinsEventRoute;
import com.azure.digitaltwins.core.models.ListDigitalTwinsEventRoutesOptions;
import com.azure.resourcemanager.authorization.fluent.models.RoleAssignmentInner;
import com.azure.resourcemanager.resources.models.ResourceGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real SDK clients follow the sandbox's nextLinks to the end: each list below spans three pages
 * of the default page size (2), and the request log proves the pages were fetched.
 */
class SdkPagingTest {
  static final String SUB = "/subscriptions/" + Sandbox.DEFAULT_SUBSCRIPTION;
  static final String RG = SUB + "/resourceGroups/rg-p";
  static final String INST = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt-p";

  Sandbox sb;
  SdkClients sdk;

  @BeforeEach
  void start() throws Exception {
    sb = Sandbox.start(SandboxConfig.defaults());
    CallerRoles.grantDataOwner(sb);
    sdk = new SdkClients(sb);
  }

  @AfterEach
  void stop() {
    sb.close();
  }

  @Test
  void resourceGroupsAndUserIdentities() {
    for (int i = 0; i < 5; i++) {
      sdk.rm.resourceGroups().define("rg-" + i).withRegion(Region.EUROPE_WEST).create();
    }
    for (int i = 0; i < 5; i++) {
      sdk.msi
          .identities()
          .define("uai-" + i)
          .withRegion(Region.EUROPE_WEST)
          .withExistingResourceGroup("rg-0")
          .create();
    }
    sb.requests().clear();
    List<String> groups = new ArrayList<>();
    for (ResourceGroup g : sdk.rm.resourceGroups().list()) {
      groups.add(g.name());
    }
    assertThat(groups).containsExactly("rg-0", "rg-1", "rg-2", "rg-3", "rg-4");
    assertThat(sb.requests().count("GET", "/subscriptions/{}/resourceGroups")).isEqualTo(3);

    List<String> identities = new ArrayList<>();
    sdk.msi.identities().listByResourceGroup("rg-0").forEach(i -> identities.add(i.name()));
    assertThat(identities).containsExactly("uai-0", "uai-1", "uai-2", "uai-3", "uai-4");

    // A group's deletion is polled through the Location on the subscription alone.
    sdk.rm.resourceGroups().deleteByName("rg-3");
    assertThat(sdk.rm.resourceGroups().list().stream().map(ResourceGroup::name))
        .containsExactly("rg-0", "rg-1", "rg-2", "rg-4");
  }

  @Test
  void roleAssignmentsAndRoleDefinitions() {
    sdk.rm.resourceGroups().define("rg-p").withRegion(Region.EUROPE_WEST).create();
    String principal = "aaaaaaaa-0000-0000-0000-000000000001";
    sb.seed("{\"principals\":[\"" + principal + "\"]}");
    List<String> roles =
        List.of(
            "2b629674-e913-4c01-ae53-ef4638d8f975",
            "f526a384-b230-433a-b45c-95f59c4a2dec",
            "a638d3c7-ab3a-418d-83e6-5f17a39d4fde",
            "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39",
            "090c5cfd-751d-490a-894a-3ce6f1109419");
    List<String> created = new ArrayList<>();
    for (String role : roles) {
      created.add(
          sdk.am
              .roleAssignments()
              .define(UUID.randomUUID().toString())
              .forObjectId(principal)
              .withRoleDefinition(
                  SUB + "/providers/Microsoft.Authorization/roleDefinitions/" + role)
              .withScope(RG)
              .create()
              .id());
    }
    sb.requests().clear();
    List<String> listed = new ArrayList<>();
    for (RoleAssignmentInner a :
        sdk.am
            .roleServiceClient()
            .getRoleAssignments()
            .listForScope(
                RG, ("principalId%20eq%20'" + principal + "'"), null, null, Context.NONE)) {
      listed.add(a.id());
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(created);
    assertThat(
            sb.requests()
                .count(
                    "GET",
                    "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Authorization/roleAssignments"))
        .isEqualTo(3);

    List<String> definitions = new ArrayList<>();
    sdk.am
        .roleServiceClient()
        .getRoleDefinitions()
        .list(SUB, null, Context.NONE)
        .forEach(d -> definitions.add(d.roleName()));
    assertThat(definitions)
        .hasSize(BuiltInRoles.ALL.size())
        .contains("Azure Event Hubs Data Sender", "Azure Digital Twins Data Owner")
        .doesNotHaveDuplicates();
  }

  @Test
  void eventRoutesPageAsRecorded() {
    sb.seed(
        "{\"resources\":[{\"id\":\""
            + INST
            + "\",\"body\":{\"location\":\"westeurope\"}},{\"id\":\""
            + INST
            + "/endpoints/someEventHubEndpoint\",\"body\":{\"properties\":{\"endpointType\":"
            + "\"EventHub\",\"connectionStringPrimaryKey\":\"Endpoint=sb://ns.servicebus.windows.net/;"
            + "SharedAccessKeyName=k;SharedAccessKey=s\"}}}]}");
    String host =
        (String)
            ((java.util.Map<?, ?>)
                    sdk.rm.genericResources().getById(INST, "2023-01-31").properties())
                .get("hostName");
    DigitalTwinsClient dt = SdkClients.dataPlane(host);
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = UUID.randomUUID().toString();
      dt.createOrReplaceEventRoute(
          id,
          new DigitalTwinsEventRoute("someEventHubEndpoint")
              .setFilter(
                  "$eventType = 'DigitalTwinTelemetryMessages' or $eventType ="
                      + " 'DigitalTwinLifecycleNotification'"));
      created.add(id);
    }
    sb.requests().clear();
    List<Integer> sizes = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (PagedResponse<DigitalTwinsEventRoute> page :
        dt.listEventRoutes(
                new ListDigitalTwinsEventRoutesOptions().setMaxItemsPerPage(2), Context.NONE)
            .iterableByPage()) {
      sizes.add(page.getValue().size());
      page.getValue().forEach(r -> listed.add(r.getEventRouteId()));
    }
    assertThat(sizes).containsExactly(2, 2, 1);
    assertThat(listed).as("creation order, as recorded").isEqualTo(created);
    assertThat(sb.requests().total()).isEqualTo(3);

    List<String> all = new ArrayList<>();
    dt.listEventRoutes().forEach(r -> all.add(r.getEventRouteId()));
    assertThat(all).isEqualTo(created);
  }
}
