package dtplan.plan;

import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.fixtures.Fixtures.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import dtplan.diag.Severity;
import dtplan.fixtures.AzureState;
import dtplan.fixtures.Fixtures;
import dtplan.model.Destination;
import dtplan.model.EndpointSecrets;
import dtplan.model.EndpointType;
import dtplan.provider.ReadResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where a key-based endpoint sends events is in its connection string, which comes from the
 * environment: the plan shows it (never the key) and checks it against the `topic:`/`eventhub:` the
 * spec names (issue 18, item 6). The case's name is the rule.
 */
class KeyEndpointDestinationTest {
  static final String EP = "instances.twins.endpoints.alerts";
  static final String KEY = "KeyCanary0123456789";

  record Case(Supplier<Plan> plan, Consumer<Plan> expect) {}

  static String connection(String namespace, String entity) {
    return "Endpoint=sb://"
        + namespace
        + ".servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey="
        + KEY
        + ";EntityPath="
        + entity;
  }

  /** A key-based Service Bus endpoint; {@code topic} may be null (connection string only). */
  static String spec(String type, String destinationField, String destination) {
    return """
        version: 1
        stack: test
        azure: {resourceGroup: rg-test, location: westeurope}
        instances:
          twins:
            endpoints:
              alerts:
                type: %s
        %s        connectionString: ${env:PRIMARY}
                secondaryConnectionString: ${env:SECONDARY}
            routes:
              all: {endpoint: alerts}
        """
        .formatted(
            type,
            destination == null ? "" : "        " + destinationField + ": " + destination + "\n");
  }

  static String serviceBus(String topic) {
    return spec("servicebus", "topic", topic);
  }

  static Map<String, String> env(String primary, String secondary) {
    return Map.of("PRIMARY", primary, "SECONDARY", secondary);
  }

  static ReadResponse live() {
    List<Destination> d = new ArrayList<>(Fixtures.destinations());
    d.add(new Destination(TOPIC, true, "https://sb-test.servicebus.windows.net:443/", null, null));
    return new ReadResponse(List.of(), List.of(), List.of(), List.of(), List.of(), d, Map.of());
  }

  static Plan plan(String yaml, Map<String, String> env, ReadResponse live) {
    return new Planner().plan("test", Fixtures.spec(yaml, env), live, "d");
  }

  static Plan plan(String yaml, Map<String, String> env) {
    return plan(yaml, env, live());
  }

  /** Azure holding the key-based Service Bus endpoint alerts, written with these secrets. */
  static ReadResponse applied(Map<String, String> env) {
    return AzureState.of(live().destinations())
        .instance("twins", Map.of(), false)
        .keyEndpoint(
            "twins",
            "alerts",
            EndpointType.SERVICE_BUS,
            null,
            new EndpointSecrets(
                AzureState.secret(env.get("PRIMARY")),
                AzureState.secret(env.get("SECONDARY")),
                null))
        .route("twins", "all", "alerts")
        .read();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(String reason, Case c) {
    Plan plan = c.plan().get();
    c.expect().accept(plan);
    // Whatever the case, the key is in no message and no attribute.
    assertThat(plan.consequences()).allSatisfy(x -> assertThat(x.message()).doesNotContain(KEY));
    assertThat(plan.changes())
        .flatExtracting(PlannedChange::attributes)
        .allSatisfy(a -> assertThat(String.valueOf(a.after())).doesNotContain(KEY));
  }

  static Stream<Arguments> cases() {
    Map<String, String> matching =
        env(connection("sb-test", "alerts"), connection("sb-test", "alerts"));
    return Stream.of(
        of(
            "a create shows where the connection string sends, namespace host and entity",
            () -> plan(serviceBus(null), matching),
            p -> {
              assertThat(destination(p)).isEqualTo("sb://sb-test.servicebus.windows.net/alerts");
              assertThat(p.consequences()).isEmpty();
            }),
        of(
            "a connection string that matches `topic:` (in any case) draws no warning",
            () ->
                plan(
                    serviceBus(TOPIC),
                    env(connection("SB-Test", "Alerts"), connection("sb-test", "alerts"))),
            p -> assertThat(p.consequences()).isEmpty()),
        of(
            "a connection string for another namespace than `topic:` is a DESTINATION_MISMATCH warning naming both",
            () ->
                plan(
                    serviceBus(TOPIC),
                    env(connection("sb-other", "alerts"), connection("sb-test", "alerts"))),
            p -> {
              assertThat(p.hasErrors()).isFalse();
              assertThat(p.consequences())
                  .singleElement()
                  .satisfies(
                      c -> {
                        assertThat(c.severity()).isEqualTo(Severity.WARNING);
                        assertThat(c.code()).isEqualTo(Consequence.Code.DESTINATION_MISMATCH);
                        assertThat(c.address()).isEqualTo(EP);
                        assertThat(c.message())
                            .isEqualTo(
                                "the connection string (${env:PRIMARY}) sends to namespace"
                                    + " sb-other, entity alerts, but `topic` names namespace"
                                    + " sb-test, entity alerts: events go where the connection"
                                    + " string says");
                      });
            }),
        of(
            "a secondary connection string for another topic is a warning about the secondary",
            () ->
                plan(
                    serviceBus(TOPIC),
                    env(connection("sb-test", "alerts"), connection("sb-test", "audit"))),
            p ->
                assertThat(p.consequences())
                    .singleElement()
                    .satisfies(
                        c ->
                            assertThat(c.message())
                                .startsWith(
                                    "the secondary connection string (${env:SECONDARY}) sends to"
                                        + " namespace sb-test, entity audit, but `topic`"))),
        of(
            "an Event Hubs connection string for another hub than `eventhub:` is a warning",
            () ->
                plan(
                    spec("eventhub", "eventhub", HUB),
                    env(connection("ns-test", "archive"), connection("ns-test", "telemetry"))),
            p ->
                assertThat(p.consequences())
                    .extracting(Consequence::code, Consequence::address)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            Consequence.Code.DESTINATION_MISMATCH, EP))),
        of(
            "a value from the environment that is no connection string is a CONNECTION_STRING_INVALID error, the value unquoted",
            () -> plan(serviceBus(TOPIC), env("garbage-" + KEY, connection("sb-test", "alerts"))),
            p -> {
              assertThat(p.hasErrors()).isTrue();
              assertThat(p.consequences())
                  .singleElement()
                  .satisfies(
                      c -> {
                        assertThat(c.code()).isEqualTo(Consequence.Code.CONNECTION_STRING_INVALID);
                        assertThat(c.message())
                            .startsWith(
                                "the connection string (${env:PRIMARY}) is not a connection")
                            .doesNotContain("garbage");
                      });
            }),
        of(
            "a connection string without EntityPath is an error: Azure could not tell the entity",
            () ->
                plan(
                    serviceBus(TOPIC),
                    env(
                        "Endpoint=sb://sb-test.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey="
                            + KEY,
                        connection("sb-test", "alerts"))),
            p ->
                assertThat(p.consequences())
                    .extracting(Consequence::code)
                    .containsExactly(Consequence.Code.CONNECTION_STRING_INVALID)),
        of(
            "planned again with the same secret, the destination is no change",
            () -> plan(serviceBus(TOPIC), matching, applied(matching)),
            p -> assertThat(p.hasChanges()).isFalse()),
        of(
            "a rotated secret that sends elsewhere shows the new destination in the update",
            () ->
                plan(
                    serviceBus(null),
                    env(connection("sb-test", "audit"), connection("sb-test", "alerts")),
                    applied(matching)),
            p -> {
              PlannedChange e = change(p, EP);
              assertThat(e.action()).isEqualTo(Action.UPDATE);
              assertThat(e.reason()).isEqualTo(Reason.SECRET_CHANGED);
              assertThat(e.changedAttributes())
                  .extracting(AttributeChange::path)
                  .contains("destination", "connectionString");
              assertThat(destination(p)).isEqualTo("sb://sb-test.servicebus.windows.net/audit");
            }));
  }

  static Arguments of(String reason, Supplier<Plan> plan, Consumer<Plan> expect) {
    return Arguments.of(reason, new Case(plan, expect));
  }

  static PlannedChange change(Plan p, String address) {
    return p.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change for " + address));
  }

  static String destination(Plan p) {
    return change(p, EP).attributes().stream()
        .filter(a -> a.path().equals("destination"))
        .findFirst()
        .map(a -> a.after().text())
        .orElse(null);
  }
}
