package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.management.Region;
import com.azure.core.management.exception.ManagementException;
import com.azure.core.util.Context;
import com.azure.digitaltwins.core.DigitalTwinsClient;
import com.azure.digitaltwins.core.models.DigitalTwinsEventRoute;
import com.azure.resourcemanager.authorization.AuthorizationManager;
import com.azure.resourcemanager.authorization.models.BuiltInRole;
import com.azure.resourcemanager.authorization.models.RoleAssignment;
import com.azure.resourcemanager.msi.MsiManager;
import com.azure.resourcemanager.msi.models.Identity;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.azure.resourcemanager.resources.models.GenericResource;
import com.azure.resourcemanager.resources.models.IdentityUserAssignedIdentitiesValue;
import com.azure.resourcemanager.resources.models.ResourceIdentityType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the sandbox with the real Azure SDK for Java, wired by {@link Sdk}. */
class SdkEndToEndTest {
  static final String SUB = Sandbox.DEFAULT_SUBSCRIPTION;
  static final String API = "2023-01-31";
  static final String RG_ID = "/subscriptions/" + SUB + "/resourceGroups/rg-e2e";
  static final String INSTANCE =
      RG_ID + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt-e2e";
  static final String HUB =
      RG_ID + "/providers/Microsoft.EventHub/namespaces/ns-e2e/eventhubs/telemetry";

  Sandbox sb;
  ResourceManager rm;
  AuthorizationManager am;
  MsiManager msi;

  @BeforeEach
  void start() throws Exception {
    sb = Sandbox.start(SandboxConfig.defaults().withLroDuration(Duration.ofMillis(1200)));
    CallerRoles.grantDataOwner(sb);
    SdkClients sdk = new SdkClients(sb);
    rm = sdk.rm;
    am = sdk.am;
    msi = sdk.msi;
  }

  @AfterEach
  void stop() {
    sb.close();
  }

  @Test
  void wholeLifecycleThroughTheSdk() {
    rm.resourceGroups().define("rg-e2e").withRegion(Region.EUROPE_WEST).create();
    assertThat(rm.resourceGroups().contain("rg-e2e")).isTrue();
    sb.seed(
        "{\"resources\":[{\"id\":\""
            + RG_ID
            + "/providers/Microsoft.EventHub/namespaces/ns-e2e\",\"body\":{\"location\":\"westeurope\"}},"
            + "{\"id\":\""
            + HUB
            + "\",\"body\":{\"properties\":{}}}]}");

    Identity uai =
        msi.identities()
            .define("uai-e2e")
            .withRegion(Region.EUROPE_WEST)
            .withExistingResourceGroup("rg-e2e")
            .create();
    assertThat(uai.principalId()).isNotBlank();
    assertThat(uai.clientId()).isNotBlank();
    assertThat(msi.identities().getById(uai.id()).principalId()).isEqualTo(uai.principalId());

    // Instance: async create with an LRO the SDK has to poll.
    long t0 = System.nanoTime();
    GenericResourceInner created =
        rm.serviceClient()
            .getResources()
            .beginCreateOrUpdateById(
                INSTANCE,
                API,
                new GenericResourceInner()
                    .withLocation("westeurope")
                    .withTags(Map.of("env", "test"))
                    .withIdentity(
                        new com.azure.resourcemanager.resources.models.Identity()
                            .withType(ResourceIdentityType.SYSTEM_ASSIGNED))
                    .withProperties(Map.of("publicNetworkAccess", "Enabled")))
            .getFinalResult();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    assertThat(props(created.properties())).containsEntry("provisioningState", "Succeeded");
    GenericResource instance = rm.genericResources().getById(INSTANCE, API);
    String hostName = (String) props(instance.properties()).get("hostName");
    assertThat(hostName).startsWith(sb.url().toString());
    String principal = instance.identity().principalId();
    assertThat(principal).isNotBlank();

    // Role assignment for the system identity, by built-in role name, then found by principal.
    RoleAssignment ra =
        am.roleAssignments()
            .define(UUID.randomUUID().toString())
            .forObjectId(principal)
            .withBuiltInRole(BuiltInRole.fromString("Azure Event Hubs Data Sender"))
            .withScope(HUB)
            .create();
    assertThat(ra.roleDefinitionId()).endsWith("2b629674-e913-4c01-ae53-ef4638d8f975");
    List<String> byPrincipal = new ArrayList<>();
    am.roleServiceClient()
        .getRoleAssignments()
        .listForScope(
            "/subscriptions/" + SUB,
            // The SDK marks $filter as pre-encoded: unencoded spaces make the JDK client throw.
            java.net.URLEncoder.encode(
                    "principalId eq '" + principal + "'", java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"),
            null,
            null,
            Context.NONE)
        .forEach(a -> byPrincipal.add(a.id()));
    assertThat(byPrincipal).containsExactly(ra.id());

    // Endpoint (LRO), then routes on the data plane through the instance's hostName.
    Map<String, Object> ep = new HashMap<>();
    ep.put("endpointType", "EventHub");
    ep.put("authenticationType", "IdentityBased");
    ep.put("endpointUri", "sb://ns-e2e.servicebus.windows.net/");
    ep.put("entityPath", "telemetry");
    ep.put("identity", Map.of("type", "SystemAssigned"));
    rm.serviceClient()
        .getResources()
        .beginCreateOrUpdateById(
            INSTANCE + "/endpoints/eh1", API, new GenericResourceInner().withProperties(ep))
        .getFinalResult();
    DigitalTwinsClient dt = SdkClients.dataPlane(hostName);
    dt.createOrReplaceEventRoute("r1", new DigitalTwinsEventRoute("eh1").setFilter("true"));
    assertThat(dt.getEventRoute("r1").getEndpointName()).isEqualTo("eh1");
    assertThat(dt.getEventRoute("r1").getFilter()).isEqualTo("true");
    List<String> ids = new ArrayList<>();
    dt.listEventRoutes().forEach(r -> ids.add(r.getEventRouteId()));
    assertThat(ids).containsExactly("r1");

    assertThatThrownBy(
            () ->
                rm.serviceClient()
                    .getResources()
                    .beginDeleteById(INSTANCE + "/endpoints/eh1", API)
                    .waitForCompletion())
        .isInstanceOf(ManagementException.class)
        .hasMessageContaining("Nested endpoint routes found")
        .hasMessageContaining("r1");

    sb.requests().clear();
    dt.deleteEventRoute("r1");
    rm.serviceClient()
        .getResources()
        .beginDeleteById(INSTANCE + "/endpoints/eh1", API)
        .waitForCompletion();
    assertThat(sb.requests().writes())
        .extracting(RequestEntry::key)
        .containsExactly(
            "DELETE /_dataplane/{}/{}/{}/eventroutes/{}",
            "DELETE /subscriptions/{}/resourceGroups/{}/providers/Microsoft.DigitalTwins/digitalTwinsInstances/{}/endpoints/{}");
    assertThat(rm.genericResources().checkExistenceById(INSTANCE + "/endpoints/eh1", API))
        .isFalse();

    rm.genericResources().deleteById(INSTANCE, API);
    assertThat(rm.genericResources().checkExistenceById(INSTANCE, API)).isFalse();
  }

  /**
   * The SDK's generic identity enum writes both identities as "SystemAssigned, UserAssigned", a
   * spelling the REST spec does not list; the sandbox refuses it (docs/sandbox.md "Sources").
   */
  @Test
  void theSdksSpacedSpellingOfBothIdentitiesIsRefused() {
    rm.resourceGroups().define("rg-e2e").withRegion(Region.EUROPE_WEST).create();
    Identity uai =
        msi.identities()
            .define("uai-e2e")
            .withRegion(Region.EUROPE_WEST)
            .withExistingResourceGroup("rg-e2e")
            .create();
    assertThatThrownBy(
            () ->
                rm.serviceClient()
                    .getResources()
                    .beginCreateOrUpdateById(
                        INSTANCE,
                        API,
                        new GenericResourceInner()
                            .withLocation("westeurope")
                            .withIdentity(
                                new com.azure.resourcemanager.resources.models.Identity()
                                    .withType(ResourceIdentityType.SYSTEM_ASSIGNED_USER_ASSIGNED)
                                    .withUserAssignedIdentities(
                                        Map.of(
                                            uai.id(), new IdentityUserAssignedIdentitiesValue()))))
                    .getFinalResult())
        .isInstanceOf(ManagementException.class)
        .satisfies(
            e -> {
              ManagementException m = (ManagementException) e;
              assertThat(m.getResponse().getStatusCode()).isEqualTo(400);
              assertThat(m.getValue().getCode()).isEqualTo("InvalidIdentityType");
            });
    assertThat(rm.genericResources().checkExistenceById(INSTANCE, API)).isFalse();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> props(Object properties) {
    return (Map<String, Object>) properties;
  }
}
