package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.model.AuthType;
import dtplan.model.Endpoint;
import dtplan.model.EndpointIdentity;
import dtplan.model.EndpointSecrets;
import dtplan.model.EndpointType;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.model.Resource;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.model.Route;
import dtplan.model.UserIdentity;
import dtplan.provider.CreateRequest;
import dtplan.provider.DeleteRequest;
import dtplan.provider.ReadRequest;
import dtplan.provider.ReadResponse;
import dtplan.provider.UpdateRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WriteTest extends SandboxTestBase {

  @SuppressWarnings("unchecked")
  <T extends Resource> T update(T prior, T desired) {
    return (T) provider.update(new UpdateRequest(prior, desired)).updated();
  }

  @SuppressWarnings("unchecked")
  <T> T create(T resource) {
    return (T) provider.create(new CreateRequest((dtplan.model.Resource) resource)).created();
  }

  boolean delete(dtplan.model.Resource r) {
    return provider.delete(new DeleteRequest(r)).existed();
  }

  ReadResponse read() {
    return provider.read(
        new ReadRequest(SUB, RG, "factory", List.of(), List.of(), List.of(), List.of()));
  }

  @Test
  void userIdentityCreateIsIdempotentAndDeleteOfAGoneOneSaysSo() {
    UserIdentity first = create(userIdentity());
    UserIdentity second = create(userIdentity());

    assertThat(first.principalId()).isNotBlank();
    assertThat(second.principalId()).isEqualTo(first.principalId());
    assertThat(second.tags()).containsEntry("team", "iot");
    assertThat(second.location()).isEqualTo("westeurope");
    assertThat(delete(second)).isTrue();
    assertThat(delete(second)).isFalse();
  }

  @Test
  void instanceCreateUpdateDelete() {
    UserIdentity uai = create(userIdentity());
    Instance desired =
        instance(
            "adt-factory",
            new InstanceIdentity(true, List.of(UAI_ID), null, null, Map.of()),
            Map.of("dtplan-stack", "factory", "team", "iot"));

    Instance created = create(desired);
    Instance again = create(desired);

    assertThat(created.identity().system()).isTrue();
    assertThat(created.identity().principalId()).isNotBlank();
    assertThat(created.identity().userAssigned()).containsExactly(UAI_ID);
    assertThat(created.identity().userPrincipalIds()).containsEntry(UAI_ID, uai.principalId());
    assertThat(created.hostName()).isNotBlank();
    assertThat(created.provisioningState()).isEqualTo("Succeeded");
    assertThat(again.identity().withoutLiveValues())
        .isEqualTo(created.identity().withoutLiveValues());

    Instance changed =
        new Instance(
            desired.id(),
            desired.location(),
            Map.of("dtplan-stack", "factory", "team", "platform"),
            systemIdentity(),
            "Disabled",
            null,
            null);
    Instance updated = update(created, changed);

    assertThat(updated.tags()).containsEntry("team", "platform");
    assertThat(updated.publicNetworkAccess()).isEqualTo("Disabled");
    assertThat(updated.identity().system()).isTrue();
    assertThat(updated.identity().userAssigned()).isEmpty();
    assertThat(
            sandbox
                .requests()
                .count(
                    "PATCH",
                    "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.DigitalTwins/digitalTwinsInstances/{}"))
        .isEqualTo(1);

    assertThat(delete(updated)).isTrue();
    assertThat(delete(updated)).isFalse();
    assertThat(read().instances()).isEmpty();
  }

  @Test
  void aPatchUnlinksOneOfTwoUserIdentities() {
    String secondId = UAI_ID + "-2";
    create(userIdentity());
    create(new UserIdentity(secondId, "westeurope", Map.of(), null, null));
    Instance created =
        create(
            instance(
                "adt-factory",
                new InstanceIdentity(false, List.of(UAI_ID, secondId), null, null, Map.of()),
                Map.of("dtplan-stack", "factory")));
    assertThat(created.identity().userAssigned()).containsExactlyInAnyOrder(UAI_ID, secondId);

    Instance updated =
        update(
            created,
            instance(
                "adt-factory",
                new InstanceIdentity(true, List.of(UAI_ID), null, null, Map.of()),
                Map.of("dtplan-stack", "factory")));

    assertThat(updated.identity().system()).isTrue();
    assertThat(updated.identity().userAssigned()).containsExactly(UAI_ID);
    assertThat(read().instances().get(0).identity().userAssigned()).containsExactly(UAI_ID);
  }

  @Test
  void endpointsOfEveryKindAreWrittenAndReadBackWithoutSecrets() {
    Instance adt =
        create(instance("adt-factory", systemIdentity(), Map.of("dtplan-stack", "factory")));
    String id = adt.id();
    Endpoint ehKey = keyBasedEventHub(id, "eh-key", EH_CONNECTION);
    Endpoint sbKey =
        new Endpoint(
            id,
            "sb-key",
            EndpointType.SERVICE_BUS,
            AuthType.KEY,
            null,
            null,
            null,
            null,
            null,
            keys(SB_CONNECTION),
            null);
    Endpoint egKey =
        new Endpoint(
            id,
            "eg-key",
            EndpointType.EVENT_GRID,
            AuthType.KEY,
            null,
            null,
            null,
            "https://eg-factory.westeurope-1.eventgrid.azure.net/api/events",
            null,
            keys("a2V5MQ=="),
            null);
    Endpoint ehIdentity =
        new Endpoint(
            id,
            "eh-identity",
            EndpointType.EVENT_HUB,
            AuthType.IDENTITY,
            EndpointIdentity.SYSTEM,
            "sb://ns-factory.servicebus.windows.net/",
            "telemetry",
            null,
            "https://stfactory.blob.core.windows.net/deadletter",
            EndpointSecrets.NONE,
            null);

    for (Endpoint e : List.of(ehKey, sbKey, egKey, ehIdentity)) {
      Endpoint created = create(e);
      Endpoint again = create(e);
      assertThat(again).isEqualTo(created);
      assertThat(created.secrets()).isEqualTo(EndpointSecrets.NONE);
      assertThat(created.provisioningState()).isEqualTo("Succeeded");
    }

    ReadResponse live = read();
    assertThat(live.endpoints()).hasSize(4);
    Endpoint readIdentity =
        live.endpoints().stream()
            .filter(e -> e.name().equals("eh-identity"))
            .findFirst()
            .orElseThrow();
    assertThat(readIdentity)
        .isEqualTo(
            new Endpoint(
                id,
                "eh-identity",
                EndpointType.EVENT_HUB,
                AuthType.IDENTITY,
                EndpointIdentity.SYSTEM,
                "sb://ns-factory.servicebus.windows.net/",
                "telemetry",
                null,
                "https://stfactory.blob.core.windows.net/deadletter",
                EndpointSecrets.NONE,
                "Succeeded"));
    Endpoint readGrid =
        live.endpoints().stream().filter(e -> e.name().equals("eg-key")).findFirst().orElseThrow();
    assertThat(readGrid.topicEndpoint()).isEqualTo(egKey.topicEndpoint());
    assertThat(readGrid.identity()).isNull();

    Endpoint rotated = update(ehKey, withSecrets(ehKey, keys(EH_CONNECTION + "x")));
    assertThat(rotated.name()).isEqualTo("eh-key");

    assertThat(delete(ehKey)).isTrue();
    assertThat(delete(ehKey)).isFalse();
  }

  static Endpoint withSecrets(Endpoint e, EndpointSecrets s) {
    return new Endpoint(
        e.instanceId(),
        e.name(),
        e.type(),
        e.auth(),
        e.identity(),
        e.endpointUri(),
        e.entityPath(),
        e.topicEndpoint(),
        e.deadLetterUri(),
        s,
        null);
  }

  @Test
  void routesAreWrittenOnTheDataPlane() {
    Instance adt =
        create(instance("adt-factory", systemIdentity(), Map.of("dtplan-stack", "factory")));
    create(keyBasedEventHub(adt.id(), "eh-key", EH_CONNECTION));
    Route route =
        new Route(adt.id(), "telemetry-all", "eh-key", "type = 'microsoft.iot.telemetry'");

    assertThat((Route) create(route)).isEqualTo(route);
    assertThat((Route) create(route)).isEqualTo(route);
    Route changed = new Route(adt.id(), "telemetry-all", "eh-key", "true");
    assertThat(provider.update(new UpdateRequest(route, changed)).updated()).isEqualTo(changed);
    assertThat(read().routes()).containsExactly(changed);

    assertThat(delete(changed)).isTrue();
    assertThat(delete(changed)).isFalse();
    assertThat(read().routes()).isEmpty();
  }

  @Test
  void routeWriteOnAFreshProviderFindsTheHostName() {
    Instance adt =
        create(instance("adt-factory", systemIdentity(), Map.of("dtplan-stack", "factory")));
    create(keyBasedEventHub(adt.id(), "eh-key", EH_CONNECTION));
    AzureProvider fresh = new AzureProvider(connection, options(), listener);

    Route route = new Route(adt.id(), "all", "eh-key", "true");
    fresh.create(new CreateRequest(route));

    assertThat(read().routes()).containsExactly(route);
  }

  @Test
  void roleAssignmentCreateIsIdempotentAndDeleteOfAGoneOneSaysSo() {
    Instance adt =
        create(instance("adt-factory", systemIdentity(), Map.of("dtplan-stack", "factory")));
    RoleAssignment desired =
        new RoleAssignment(
            HUB,
            adt.identity().principalId(),
            RoleDefinitions.EVENT_HUBS_DATA_SENDER,
            UUID.randomUUID().toString(),
            "dtplan-stack=factory");

    RoleAssignment created = create(desired);
    RoleAssignment again = create(desired);

    assertThat(created).isEqualTo(desired);
    assertThat(again).isEqualTo(desired);
    assertThat(read().roleAssignments()).containsExactly(desired);
    assertThat(delete(desired)).isTrue();
    assertThat(delete(desired)).isFalse();
    assertThat(read().roleAssignments()).isEmpty();
  }

  @Test
  void roleAssignmentExistsUnderAnotherNameIsAdopted() {
    Instance adt =
        create(instance("adt-factory", systemIdentity(), Map.of("dtplan-stack", "factory")));
    String principal = adt.identity().principalId();
    RoleAssignment foreign =
        create(
            new RoleAssignment(
                HUB,
                principal,
                RoleDefinitions.EVENT_HUBS_DATA_SENDER,
                UUID.randomUUID().toString(),
                "made by hand"));
    RoleAssignment ours =
        new RoleAssignment(
            HUB,
            principal,
            RoleDefinitions.EVENT_HUBS_DATA_SENDER,
            UUID.randomUUID().toString(),
            "dtplan-stack=factory");

    RoleAssignment adopted = create(ours);

    assertThat(adopted).isEqualTo(foreign);
    assertThat(adopted.name()).isNotEqualTo(ours.name());
    assertThat(read().roleAssignments()).containsExactly(foreign);
  }
}
