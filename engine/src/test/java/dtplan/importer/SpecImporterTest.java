package dtplan.importer;

import static dtplan.fixtures.Fixtures.CONTAINER;
import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.fixtures.Fixtures.RG;
import static dtplan.fixtures.Fixtures.RG_NAME;
import static dtplan.fixtures.Fixtures.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import dtplan.model.AuthType;
import dtplan.model.Destination;
import dtplan.model.Endpoint;
import dtplan.model.EndpointIdentity;
import dtplan.model.EndpointType;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.model.PrivateEndpoint;
import dtplan.model.PrivateEndpointConnection;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.model.Route;
import dtplan.provider.Caller;
import dtplan.provider.ReadResponse;
import dtplan.spec.Cloud;
import dtplan.spec.EndpointSpec;
import dtplan.spec.InstanceSpec;
import dtplan.spec.PrivateEndpointSpec;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecImporterTest {
  static final String ADT = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt-1";
  static final String PRINCIPAL = "aaaaaaaa-0000-4000-8000-000000000001";
  static final String CALLER = "cccccccc-0000-4000-8000-00000000000c";
  static final ImportRequest REQUEST =
      new ImportRequest(SUB, RG_NAME, "factory", List.of(), "dtplan-spec.schema.json");

  static Instance instance(String id, Map<String, String> tags) {
    return new Instance(
        id,
        "westeurope",
        tags,
        new InstanceIdentity(true, List.of(), PRINCIPAL, null, Map.of()),
        "Enabled",
        "adt.example",
        "Succeeded");
  }

  static Endpoint identityHub(String name, String uri, String entity, String deadLetter) {
    return endpoint(ADT, name, EndpointType.EVENT_HUB, AuthType.IDENTITY, uri, entity, deadLetter);
  }

  static Endpoint endpoint(
      EndpointType type, AuthType auth, String uri, String entity, String deadLetter) {
    return endpoint(ADT, "e", type, auth, uri, entity, deadLetter);
  }

  static Endpoint endpoint(
      String instanceId,
      String name,
      EndpointType type,
      AuthType auth,
      String uri,
      String entity,
      String deadLetter) {
    String grid =
        type == EndpointType.EVENT_GRID
            ? "https://eg-1.westeurope-1.eventgrid.azure.net/api/events"
            : null;
    return new Endpoint(
        instanceId,
        name,
        type,
        auth,
        auth == AuthType.IDENTITY ? EndpointIdentity.SYSTEM : null,
        uri,
        entity,
        grid,
        deadLetter,
        null,
        "Succeeded");
  }

  static Endpoint keyBased(String instanceId, String name, EndpointType type) {
    return endpoint(instanceId, name, type, AuthType.KEY, null, null, null);
  }

  static ReadResponse live(
      List<Instance> instances, List<Endpoint> endpoints, List<Destination> destinations) {
    return new ReadResponse(
        instances,
        endpoints,
        List.of(
            new Route(ADT, "all", "telemetry", "true"),
            new Route(ADT, "alarms", "alerts", "type = 'alarm'")),
        List.of(),
        List.of(
            new RoleAssignment(
                HUB, PRINCIPAL, RoleDefinitions.EVENT_HUBS_DATA_SENDER, "ra-1", null),
            new RoleAssignment(
                CONTAINER, PRINCIPAL, RoleDefinitions.STORAGE_BLOB_DATA_CONTRIBUTOR, "ra-2", null)),
        destinations,
        Map.of(),
        new Caller(
            CALLER,
            List.of(
                new RoleAssignment(
                    ADT, CALLER, RoleDefinitions.DIGITAL_TWINS_DATA_OWNER, "ra-3", null, null))),
        List.of());
  }

  static Spec load(ImportResult result, Map<String, String> env) throws Exception {
    return new SpecLoader()
        .parse("imported.yaml", result.yaml(), new SpecOptions(env, Map.of(), null, SUB));
  }

  @Test
  void writesASpecThatLoadsWithTheSameInstanceEndpointsRoutesAndRoles() throws Exception {
    ReadResponse live =
        live(
            List.of(instance(ADT, Map.of("team", "iot", "dtplan-applied", "x"))),
            List.of(
                identityHub(
                    "telemetry",
                    "sb://ns-test.servicebus.windows.net/",
                    "telemetry",
                    "https://sttest.blob.core.windows.net/dl"),
                keyBased(ADT, "alerts", EndpointType.SERVICE_BUS)),
            List.of(
                new Destination(HUB, true, null, null, null),
                new Destination(CONTAINER, true, null, null, null)));

    ImportResult result = SpecImporter.generate(REQUEST, live);

    assertThat(result.yaml())
        .startsWith("# yaml-language-server: $schema=dtplan-spec.schema.json\n")
        .contains("eventhub: /subscriptions/${azure.subscription}/resourceGroups/")
        .contains("filter: 'true'")
        .doesNotContain("dtplan-applied");
    assertThat(result.variables())
        .extracting(SecretVariable::name)
        .containsExactly("ADT_1_ALERTS_CONNECTION");
    assertThat(result.variables().get(0).command())
        .startsWith("az servicebus topic authorization-rule keys list");
    assertThat(result.warnings()).isEmpty();
    Spec spec =
        load(
            result,
            Map.of(
                "ADT_1_ALERTS_CONNECTION",
                "Endpoint=sb://sb-test.servicebus.windows.net/;SharedAccessKeyName=r;"
                    + "SharedAccessKey=k;EntityPath=alerts"));
    InstanceSpec adt = spec.instances().get("adt-1");
    assertThat(adt.systemIdentity()).isTrue();
    assertThat(adt.tags()).containsExactly(Map.entry("team", "iot"));
    assertThat(adt.roles()).hasSize(2);
    assertThat(adt.dataOwners()).hasSize(1);
    EndpointSpec telemetry = adt.endpoints().get("telemetry");
    assertThat(telemetry.destination()).isEqualToIgnoringCase(HUB);
    assertThat(telemetry.deadLetterContainer()).isEqualToIgnoringCase(CONTAINER);
    assertThat(adt.endpoints().get("alerts").auth()).isEqualTo(AuthType.KEY);
    assertThat(adt.routes()).containsOnlyKeys("all", "alarms");
    assertThat(adt.routes().get("all").filter()).isEqualTo("true");
  }

  @Test
  void skipsAndReportsInstancesOfAnotherStack() {
    String theirs = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt-2";
    ImportResult result =
        SpecImporter.generate(
            REQUEST,
            live(
                List.of(
                    instance(ADT, Map.of("dtplan-stack", "factory")),
                    instance(theirs, Map.of("DTPLAN-STACK", "other"))),
                List.of(),
                List.of()));

    assertThat(result.skipped()).containsExactly("adt-2 (tagged dtplan-stack=other)");
    assertThat(result.yaml()).contains("  adt-1:").doesNotContain("  adt-2:");
  }

  @Test
  void keepsAnUnresolvableDestinationAsACommentWithAWarning() throws Exception {
    ImportResult result =
        SpecImporter.generate(
            REQUEST,
            live(
                List.of(instance(ADT, Map.of())),
                List.of(
                    identityHub(
                        "telemetry", "sb://elsewhere.servicebus.windows.net/", "hub", null)),
                List.of(new Destination(HUB, true, null, null, null))));

    assertThat(result.yaml())
        .contains(
            "# could not resolve eventhub from sb://elsewhere.servicebus.windows.net/ entity hub")
        .doesNotContain("\n        eventhub: ");
    assertThat(result.warnings())
        .singleElement()
        .asString()
        .contains("endpoint telemetry")
        .contains("sb://elsewhere.servicebus.windows.net/");
  }

  @Test
  void givesEveryKeyBasedEndpointItsOwnVariable() {
    String other = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt_1";
    ImportResult result =
        SpecImporter.generate(
            REQUEST,
            live(
                List.of(instance(ADT, Map.of()), instance(other, Map.of())),
                List.of(
                    keyBased(ADT, "alerts", EndpointType.SERVICE_BUS),
                    keyBased(other, "alerts", EndpointType.EVENT_HUB),
                    keyBased(ADT, "grid", EndpointType.EVENT_GRID)),
                List.of()));

    assertThat(result.variables())
        .extracting(SecretVariable::name, SecretVariable::endpoint)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ADT_1_ALERTS_CONNECTION", "adt-1/alerts"),
            org.assertj.core.groups.Tuple.tuple("ADT_1_GRID_ACCESS_KEY", "adt-1/grid"),
            org.assertj.core.groups.Tuple.tuple("ADT_1_ALERTS_CONNECTION_2", "adt_1/alerts"));
    assertThat(result.yaml()).contains("accessKey: ${env:ADT_1_GRID_ACCESS_KEY}");
  }

  @Test
  void writesTheInstancesPrivateEndpointsAndNamesThoseOfOtherGroups() throws Exception {
    String subnet = RG + "/providers/Microsoft.Network/virtualNetworks/vnet/subnets/adt";
    String zone =
        RG + "/providers/Microsoft.Network/privateDnsZones/privatelink.digitaltwins.azure.net";
    String ours = RG + "/providers/Microsoft.Network/privateEndpoints/pe-adt";
    String theirs =
        "/subscriptions/"
            + SUB
            + "/resourceGroups/rg-net/providers/Microsoft.Network/privateEndpoints/pe-net";
    ReadResponse base = live(List.of(instance(ADT, Map.of())), List.of(), List.of());
    ReadResponse live =
        new ReadResponse(
            base.instances(),
            base.endpoints(),
            List.of(),
            base.userIdentities(),
            base.roleAssignments(),
            base.destinations(),
            base.roleDefinitions(),
            base.caller(),
            base.routeReadFailures(),
            List.of(
                new PrivateEndpoint(
                    ours, ADT, "northeurope", subnet, "API", zone, Map.of(), "Succeeded")),
            List.of(
                new PrivateEndpointConnection(ADT, "c1", ours, "Approved", null),
                new PrivateEndpointConnection(ADT, "c2", theirs, "Approved", null)),
            List.of(),
            List.of());
    ImportRequest usGov =
        new ImportRequest(
            SUB,
            RG_NAME,
            "factory",
            List.of(),
            "dtplan-spec.schema.json",
            Cloud.AZURE_US_GOVERNMENT);

    ImportResult result = SpecImporter.generate(usGov, live);

    assertThat(result.yaml())
        .contains("cloud: AzureUSGovernment")
        .contains("private endpoint " + theirs + " is in another group: left out");
    assertThat(result.warnings())
        .singleElement()
        .asString()
        .contains(theirs)
        .contains("outside " + RG_NAME);
    Spec spec = load(result, Map.of());
    assertThat(spec.cloud()).isEqualTo(Cloud.AZURE_US_GOVERNMENT);
    PrivateEndpointSpec pe = spec.instances().get("adt-1").privateEndpoints().get("pe-adt");
    assertThat(pe.subnet()).isEqualToIgnoringCase(subnet);
    assertThat(pe.dnsZone()).isEqualToIgnoringCase(zone);
    assertThat(pe.location()).isEqualTo("northeurope");
  }

  @Test
  void aPublicCloudSpecDoesNotNameItsCloud() {
    ImportResult result =
        SpecImporter.generate(
            REQUEST, live(List.of(instance(ADT, Map.of())), List.of(), List.of()));

    assertThat(result.yaml()).doesNotContain("cloud:");
  }
}
