package dtplan.plan;

import static dtplan.fixtures.Fixtures.ARCHIVE;
import static dtplan.fixtures.Fixtures.CONTAINER;
import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.fixtures.Fixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dtplan.fixtures.AzureState;
import dtplan.fixtures.Fixtures;
import dtplan.model.EndpointType;
import dtplan.model.Instance;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.provider.ReadResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The domain rules of planning as tables, one class per rule family, one case per rule: what live
 * Azure holds (written record by record with {@link AzureState}, never made by the planner), what
 * the spec now says, and what the plan must be. The case's name is the rule. Each subclass lists
 * its cases in a static {@code cases()}; the specs, live states and expectations they share are
 * here.
 */
abstract class DiffRuleTable {
  static final String EP = "instances.twins.endpoints.telemetry";

  record Case(Supplier<Plan> plan, Consumer<Plan> expect) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(String reason, Case c) {
    c.expect().accept(c.plan().get());
  }

  // --- specs ---------------------------------------------------------------------------------

  /** One instance, an identity endpoint to {@code hub} with dead-lettering, both roles, a route. */
  static String identityEndpoint(String hub, String identity) {
    return Fixtures.HEADER
        + """
        instances:
          twins:
            identity: {system: true}
            tags: {team: iot}
            roles:
              - {role: Azure Event Hubs Data Sender, scope: %s}
              - {role: Storage Blob Data Contributor, scope: %s}
            endpoints:
              telemetry:
                type: eventhub
                auth: identity
                identity: %s
                eventhub: %s
                deadLetter: {container: %s}
            routes:
              all: {endpoint: telemetry}
        """
            .formatted(hub, CONTAINER, identity, hub, CONTAINER);
  }

  /** The same, without roles: the identity relies on what else grants it. */
  static String noRoles() {
    return identityEndpoint(HUB, "system")
        .replace("    roles:\n", "")
        .replace("      - {role: Azure Event Hubs Data Sender, scope: " + HUB + "}\n", "")
        .replace("      - {role: Storage Blob Data Contributor, scope: " + CONTAINER + "}\n", "");
  }

  /** A user identity {@code ingest}, linked to the instance, with the roles it needs. */
  static String withIngest(String yaml) {
    return yaml.replace("identity: {system: true}", "identity: {system: true, user: [ingest]}")
            .replace("instances:\n", "identities:\n  ingest: {}\ninstances:\n")
        + """
        roleAssignments:
          ingest-sends: {principal: identities.ingest, role: Azure Event Hubs Data Sender, scope: %s}
          ingest-dead-letters: {principal: identities.ingest, role: Storage Blob Data Contributor, scope: %s}
        """
            .formatted(HUB, CONTAINER);
  }

  static String keyEndpoint() {
    return Fixtures.HEADER
        + """
        instances:
          twins:
            endpoints:
              telemetry:
                type: eventhub
                auth: key
                eventhub: %s
                connectionString: ${env:TELEMETRY_CONNECTION}
            routes:
              all: {endpoint: telemetry}
        """
            .formatted(HUB);
  }

  static String twoEndpoints() {
    return identityEndpoint(HUB, "system")
            .replace("scope: " + HUB, "scope: " + NS)
            .replace(
                "    routes:\n",
                "      archive: {type: eventhub, auth: identity, eventhub: "
                    + ARCHIVE
                    + "}\n    routes:\n")
        + "      archived: {endpoint: archive}\n";
  }

  static final String EXTRA_CONNECTION =
      "Endpoint=sb://ns-test.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=x;"
          + "EntityPath=telemetry";

  /** Key-based endpoints of these names, to the same hub, as lines of an instance's endpoints. */
  static String extraEndpoints(List<String> names) {
    StringBuilder out = new StringBuilder();
    for (String n : names) {
      out.append("      ")
          .append(n)
          .append(": {type: eventhub, auth: key, eventhub: ")
          .append(HUB)
          .append(", connectionString: \"")
          .append(EXTRA_CONNECTION)
          .append("\"}\n");
    }
    return out.toString();
  }

  static Consequence gap(Plan p) {
    return p.consequences().stream()
        .filter(c -> c.code() == Consequence.Code.DELIVERY_GAP)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no DELIVERY_GAP in " + p.consequences()));
  }

  static Map<String, String> secrets(String version) {
    return Map.of(
        "TELEMETRY_CONNECTION",
        "Endpoint=sb://ns-test.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey="
            + version
            + ";EntityPath=telemetry");
  }

  // --- live state and plans -------------------------------------------------------------------

  static final String SENDER = RoleDefinitions.EVENT_HUBS_DATA_SENDER;
  static final String BLOB = RoleDefinitions.STORAGE_BLOB_DATA_CONTRIBUTOR;

  /** Nothing deployed; every destination of the fixtures exists. */
  static ReadResponse base() {
    return AzureState.of(Fixtures.allDestinations()).read();
  }

  /** Azure holding instance twins with its system identity, endpoint and route, and no roles. */
  static AzureState noRolesAzure() {
    return AzureState.of(Fixtures.allDestinations())
        .instance("twins", Map.of("team", "iot"), true)
        .identityEndpoint("twins", "telemetry", HUB, CONTAINER, null)
        .route("twins", "all", "telemetry");
  }

  /** What {@link #noRoles()} describes. */
  static ReadResponse noRolesLive() {
    return noRolesAzure().read();
  }

  /** What {@code identityEndpoint(HUB, "system")} describes, with its role on the hub replaced. */
  static ReadResponse rolesLive(String role, String scope) {
    return noRolesAzure()
        .systemRole("twins", role, scope)
        .systemRole("twins", BLOB, CONTAINER)
        .read();
  }

  /** What {@code identityEndpoint(HUB, "system")} describes. */
  static ReadResponse identityEndpointLive() {
    return rolesLive(SENDER, HUB);
  }

  /** What {@code identityEndpoint(HUB, "system")} plus an owned instance {@code other} describe. */
  static ReadResponse withOtherLive() {
    return noRolesAzure()
        .systemRole("twins", SENDER, HUB)
        .systemRole("twins", BLOB, CONTAINER)
        .instance("other", Map.of("team", "x"), false)
        .read();
  }

  /**
   * What {@code withIngest(identityEndpoint(HUB, identity))} describes; {@code linked} false when
   * the instance does not link {@code ingest}.
   */
  static ReadResponse withIngestLive(String endpointIdentity, boolean linked) {
    AzureState azure = AzureState.of(Fixtures.allDestinations()).userIdentity("ingest");
    if (linked) {
      azure.instance("twins", Map.of("team", "iot"), true, "ingest");
    } else {
      azure.instance("twins", Map.of("team", "iot"), true);
    }
    return azure
        .systemRole("twins", SENDER, HUB)
        .systemRole("twins", BLOB, CONTAINER)
        .userRole("ingest", SENDER, HUB)
        .userRole("ingest", BLOB, CONTAINER)
        .identityEndpoint("twins", "telemetry", HUB, CONTAINER, endpointIdentity)
        .route("twins", "all", "telemetry")
        .read();
  }

  /** What {@link #twoEndpoints()} describes. */
  static ReadResponse twoEndpointsLive() {
    return noRolesAzure()
        .systemRole("twins", SENDER, NS)
        .systemRole("twins", BLOB, CONTAINER)
        .identityEndpoint("twins", "archive", ARCHIVE, null, null)
        .route("twins", "archived", "archive")
        .read();
  }

  /**
   * What {@link #keyEndpoint()} with {@code secrets(version)} describes, plus the key-based
   * endpoints of {@link #extraEndpoints}.
   */
  static ReadResponse keyEndpointLive(String version, List<String> extra) {
    return keyEndpointAzure(version, extra).read();
  }

  static AzureState keyEndpointAzure(String version, List<String> extra) {
    AzureState azure =
        AzureState.of(Fixtures.allDestinations())
            .instance("twins", Map.of(), false)
            .keyEndpoint(
                "twins",
                "telemetry",
                EndpointType.EVENT_HUB,
                secrets(version).get("TELEMETRY_CONNECTION"));
    extra.forEach(n -> azure.keyEndpoint("twins", n, EndpointType.EVENT_HUB, EXTRA_CONNECTION));
    return azure.route("twins", "all", "telemetry");
  }

  static ReadResponse keyEndpointLive(String version) {
    return keyEndpointLive(version, List.of());
  }

  static Plan plan(String yaml, ReadResponse live) {
    return plan(yaml, Map.of(), live);
  }

  static Plan plan(String yaml, Map<String, String> env, ReadResponse live) {
    return new Planner().plan("test", Fixtures.spec(yaml, env), live, "d");
  }

  static RoleAssignment foreign(ReadResponse live, String scope, String role) {
    String principal = live.instances().get(0).identity().principalId();
    return new RoleAssignment(
        scope, principal, role, LiveStates.uuid(scope + role + "foreign"), "granted by hand");
  }

  static Map<String, String> tagsWith(Instance i, String key, String value) {
    Map<String, String> tags = new HashMap<>(i.tags());
    tags.put(key, value);
    return tags;
  }

  static Map<String, String> tagsWithout(Instance i, String key) {
    Map<String, String> tags = new HashMap<>(i.tags());
    tags.remove(key);
    return tags;
  }

  static dtplan.model.UserIdentity withStack(dtplan.model.UserIdentity u, String stack) {
    Map<String, String> tags = new HashMap<>(u.tags());
    if (stack == null) {
      tags.remove(SecretTags.STACK_TAG);
    } else {
      tags.put(SecretTags.STACK_TAG, stack);
    }
    return new dtplan.model.UserIdentity(u.id(), u.location(), tags, u.principalId(), u.clientId());
  }

  // --- expectations ---------------------------------------------------------------------------

  /**
   * The instance is replaced, so its system identity gets a new principal: its role assignments are
   * created for that principal (known after apply), and the old principal's are deleted.
   */
  static void expectRolesForNewPrincipal(Plan p) {
    for (String role : List.of("instances.twins.roles[0]", "instances.twins.roles[1]")) {
      assertThat(change(p, role).action()).as(role).isEqualTo(Action.CREATE);
      assertThat(attribute(change(p, role), "principalId").after().isUnknown()).as(role).isTrue();
    }
    assertThat(p.changes())
        .filteredOn(c -> c.address().toString().startsWith("roleAssignments[\""))
        .hasSize(2)
        .allMatch(c -> c.action() == Action.DELETE);
  }

  static Arguments of(String reason, Supplier<Plan> plan, Consumer<Plan> expect) {
    return Arguments.of(reason, new Case(plan, expect));
  }

  static PlannedChange change(Plan p, String address) {
    return p.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no change at "
                        + address
                        + "; the plan has "
                        + p.changes().stream().map(c -> c.address() + " " + c.action()).toList()));
  }

  /** The plan's one consequence with {@code code}. */
  static Consequence consequence(Plan p, Consequence.Code code) {
    List<Consequence> found = p.consequences().stream().filter(c -> c.code() == code).toList();
    assertThat(found).as("consequences %s in %s", code, p.consequences()).hasSize(1);
    return found.get(0);
  }

  static AttributeChange attribute(PlannedChange c, String path) {
    return c.attributes().stream()
        .filter(a -> a.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no attribute " + path + " in " + c.attributes()));
  }

  static List<org.assertj.core.groups.Tuple> codes(Plan p) {
    return p.consequences().stream().map(c -> tuple(c.code(), c.address())).toList();
  }

  /**
   * Exactly one change in the plan: an in-place update of {@code address} changing {@code path}.
   */
  static void expectOnlyUpdate(Plan p, String address, String path) {
    assertThat(p.changes())
        .filteredOn(
            c ->
                c.action() != Action.NO_OP && c.kind() != dtplan.model.ResourceKind.ROLE_ASSIGNMENT)
        .extracting(c -> c.address().toString(), PlannedChange::action)
        .containsExactly(tuple(address, Action.UPDATE));
    assertThat(change(p, address).changedAttributes())
        .extracting(AttributeChange::path)
        .containsExactly(path);
  }
}
