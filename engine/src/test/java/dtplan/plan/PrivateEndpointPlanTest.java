package dtplan.plan;

import static dtplan.fixtures.Fixtures.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.AzureState;
import dtplan.fixtures.Fixtures;
import dtplan.model.ResourceKind;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.Step;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Private endpoints in plans, as table rows: what each difference from live state plans, with its
 * reason. Live state is written with {@link AzureState}, never by the planner.
 */
class PrivateEndpointPlanTest {
  static final String NET = Fixtures.RG + "/providers/Microsoft.Network";
  static final String SUBNET = NET + "/virtualNetworks/vnet/subnets/adt";
  static final String OTHER_SUBNET = NET + "/virtualNetworks/vnet/subnets/other";
  static final String ZONE = NET + "/privateDnsZones/privatelink.digitaltwins.azure.net";
  static final String PE = "instances.twins.privateEndpoints.pe-twins";

  record Case(String name, String reason, String yaml, AzureState live, Action action, Reason why) {
    @Override
    public String toString() {
      return name;
    }
  }

  static String spec(String access, String privateEndpoints) {
    return """
        version: 1
        stack: test
        azure: {resourceGroup: rg-test, location: westeurope}
        instances:
          twins:
            publicNetworkAccess: %s
            privateEndpoints: %s
        """
        .formatted(access, privateEndpoints);
  }

  static AzureState instance() {
    return AzureState.of(List.of()).instance("twins", Map.of(), false);
  }

  static Stream<Case> cases() {
    String withZone = "{pe-twins: {subnet: " + SUBNET + ", dnsZone: " + ZONE + "}}";
    return Stream.of(
        new Case(
            "new",
            "a private endpoint Azure does not have is created",
            spec("Enabled", withZone),
            instance(),
            Action.CREATE,
            Reason.NOT_FOUND),
        new Case(
            "same",
            "the same subnet, zone and an approved connection: nothing to do",
            spec("Enabled", withZone),
            instance().privateEndpoint("twins", "pe-twins", SUBNET, ZONE, "Approved"),
            Action.NO_OP,
            Reason.NONE),
        new Case(
            "zone added",
            "the DNS zone group is written on its own: an update in place",
            spec("Enabled", withZone),
            instance().privateEndpoint("twins", "pe-twins", SUBNET, null, "Approved"),
            Action.UPDATE,
            Reason.ATTRIBUTES_DIFFER),
        new Case(
            "subnet moved",
            "a private endpoint does not move to another subnet (assumed): replaced",
            spec("Enabled", withZone),
            instance().privateEndpoint("twins", "pe-twins", OTHER_SUBNET, ZONE, "Approved"),
            Action.REPLACE,
            Reason.SUBNET_CANNOT_CHANGE),
        new Case(
            "instance replaced",
            "Azure keeps a private endpoint when its instance goes, disconnected: replaced with it",
            spec("Enabled", withZone.replace("}}", ", location: westeurope}}"))
                .replace("westeurope}\n", "northeurope}\n"),
            instance().privateEndpoint("twins", "pe-twins", SUBNET, ZONE, "Approved"),
            Action.REPLACE,
            Reason.INSTANCE_REPLACED),
        new Case(
            "dropped",
            "a private endpoint of the stack that the spec no longer has is deleted",
            spec("Enabled", "{}"),
            instance().privateEndpoint("twins", "pe-twins", SUBNET, ZONE, "Approved"),
            Action.DELETE,
            Reason.NOT_IN_SPEC));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachDifferencePlansItsAction(Case c) throws Exception {
    Plan plan = plan(c.yaml(), c.live().read());
    PlannedChange change = at(plan, PE);
    assertThat(change.action()).as(c.reason()).isEqualTo(c.action());
    assertThat(change.reason()).as(c.reason()).isEqualTo(c.why());
  }

  @Test
  void aPendingConnectionOfTheStacksPrivateEndpointIsApproved() throws Exception {
    ReadResponse live =
        instance().privateEndpoint("twins", "pe-twins", SUBNET, null, "Pending").read();
    Plan plan = plan(spec("Enabled", "{pe-twins: {subnet: " + SUBNET + "}}"), live);
    PlannedChange approval =
        plan.changes().stream()
            .filter(c -> c.kind() == ResourceKind.PRIVATE_ENDPOINT_CONNECTION)
            .findFirst()
            .orElseThrow();
    assertThat(approval.address().toString()).startsWith(PE + ".connections[\"pe-twins.");
    assertThat(approval.action()).isEqualTo(Action.UPDATE);
    assertThat(approval.reason()).isEqualTo(Reason.CONNECTION_PENDING);
    assertThat(approval.changedAttributes())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.path()).isEqualTo("status");
              assertThat(a.before().text()).isEqualTo("Pending");
              assertThat(a.after().text()).isEqualTo("Approved");
            });
  }

  @Test
  void aRejectedConnectionIsNotApprovedButThePlanSaysHowToAskAgain() throws Exception {
    ReadResponse live =
        instance().privateEndpoint("twins", "pe-twins", SUBNET, null, "Rejected").read();
    Plan plan = plan(spec("Enabled", "{pe-twins: {subnet: " + SUBNET + "}}"), live);
    assertThat(plan.changes()).noneMatch(c -> c.kind() == ResourceKind.PRIVATE_ENDPOINT_CONNECTION);
    assertThat(plan.consequences())
        .filteredOn(c -> c.code() == Consequence.Code.CONNECTION_NOT_APPROVED)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.address()).isEqualTo(PE);
              assertThat(c.message()).contains("is Rejected").contains("--replace " + PE);
            });
  }

  @Test
  void thePrivateEndpointIsCreatedBeforePublicAccessIsDisabled() throws Exception {
    Plan plan = plan(spec("Disabled", "{pe-twins: {subnet: " + SUBNET + "}}"), instance().read());
    ExecutionGraph graph = ExecutionGraph.of(plan);
    Step pe = step(graph, PE);
    Step instance = step(graph, "instances.twins");
    assertThat(graph.precedes(pe, instance)).isTrue();
    assertThat(graph.ruleBetween(pe, instance).name())
        .isEqualTo("private-endpoint-before-public-access-off");
  }

  @Test
  void withPublicAccessDisabledThePlanNamesTheNetworkToRunFrom() throws Exception {
    ReadResponse live =
        instance()
            .publicNetworkAccess("twins", "Disabled")
            .route("twins", "all", "gone")
            .privateEndpoint("twins", "pe-twins", SUBNET, null, "Approved")
            .read();
    Plan plan = plan(spec("Disabled", "{pe-twins: {subnet: " + SUBNET + "}}"), live);
    assertThat(plan.consequences())
        .filteredOn(c -> c.code() == Consequence.Code.PRIVATE_DATA_PLANE)
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.message())
                    .contains(
                        "from inside virtual network vnet (where private endpoint pe-twins reaches it)")
                    .contains("can only be managed by a runner in that network"));
  }

  private static Step step(ExecutionGraph graph, String address) {
    return graph.steps().stream()
        .filter(s -> s.address().toString().equals(address))
        .findFirst()
        .orElseThrow();
  }

  private static PlannedChange at(Plan plan, String address) {
    return plan.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change at " + address + ": " + plan.changes()));
  }

  private static Plan plan(String yaml, ReadResponse live) throws Exception {
    Spec spec =
        new SpecLoader().parse("t.yaml", yaml, new SpecOptions(Map.of(), Map.of(), null, SUB));
    return new Planner().plan("test", spec, live, "d");
  }
}
