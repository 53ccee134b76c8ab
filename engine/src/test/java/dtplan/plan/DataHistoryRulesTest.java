package dtplan.plan;

import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.fixtures.Fixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.AzureState;
import dtplan.fixtures.Fixtures;
import dtplan.model.Destination;
import dtplan.model.RoleDefinitions;
import dtplan.provider.ReadResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Data history connections: derived from their destinations, never updated in place. */
class DataHistoryRulesTest extends DiffRuleTable {
  static final String ADX =
      Fixtures.RG + "/providers/Microsoft.Kusto/clusters/adxtest/databases/twins";
  static final String CONN = "instances.twins.dataHistory.history";
  static final String ROLE = CONN + ".roles.eventhub";
  static final String ADMIN = CONN + ".roles.adx";

  static String spec(String extra) {
    return Fixtures.HEADER
        + """
        instances:
          twins:
            identity: {system: true}
            dataHistory:
              history:
                adx: %s
                eventhub: %s
        %s"""
            .formatted(ADX, HUB, extra);
  }

  static List<Destination> destinations(boolean databaseExists) {
    List<Destination> out = new ArrayList<>(Fixtures.destinations());
    out.add(
        databaseExists
            ? new Destination(
                ADX, true, null, null, null, "https://adxtest.westeurope.kusto.windows.net")
            : Destination.missing(ADX));
    return out;
  }

  /** What {@link #spec} describes once applied: the instance, the derived role, the connection. */
  static ReadResponse applied() {
    return AzureState.of(destinations(true))
        .instance("twins", Map.of(), true)
        .systemRole("twins", RoleDefinitions.EVENT_HUBS_DATA_OWNER, HUB)
        .dataHistory("twins", "history", ADX, HUB)
        .systemAdxAdmin("twins", ADX)
        .read();
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(
        of(
            "a connection as Azure holds it, with Azure's defaults, is a NO_OP, its role too",
            () -> plan(spec(""), applied()),
            p ->
                assertThat(p.changes())
                    .extracting(PlannedChange::action)
                    .containsOnly(Action.NO_OP)));
    cases.add(
        of(
            "a connection whose consumer group differs is REPLACEd: Azure has no update",
            () -> plan(spec("        consumerGroup: adx\n"), applied()),
            p -> {
              PlannedChange c = change(p, CONN);
              assertThat(c.action()).isEqualTo(Action.REPLACE);
              assertThat(c.reason()).isEqualTo(Reason.DATA_HISTORY_CANNOT_CHANGE);
            }));
    cases.add(
        of(
            "a connection that left the spec is DELETEd, and so is its derived event hub role",
            () -> plan(spec("").substring(0, spec("").indexOf("    dataHistory:")), applied()),
            p -> {
              assertThat(change(p, CONN).action()).isEqualTo(Action.DELETE);
              assertThat(p.changes())
                  .filteredOn(c -> c.kind() == dtplan.model.ResourceKind.ROLE_ASSIGNMENT)
                  .extracting(PlannedChange::action)
                  .containsExactly(Action.DELETE);
            }));
    cases.add(
        of(
            "no role is derived where the instance's roles grant Data Owner above the event hub",
            () ->
                plan(
                    spec("")
                        .replace(
                            "    dataHistory:",
                            "    roles:\n      - {role: Azure Event Hubs Data Owner, scope: "
                                + NS
                                + "}\n    dataHistory:"),
                    AzureState.of(destinations(true)).read()),
            p ->
                assertThat(p.changes())
                    .extracting(c -> c.address().toString())
                    .contains(CONN, "instances.twins.roles[0]")
                    .doesNotContain(ROLE)));
    cases.add(
        of(
            "Data Sender granted by the spec is not enough: Data Owner is derived, as az dt grants",
            () ->
                plan(
                    spec("")
                        .replace(
                            "    dataHistory:",
                            "    roles:\n      - {role: Azure Event Hubs Data Sender, scope: "
                                + HUB
                                + "}\n    dataHistory:"),
                    AzureState.of(destinations(true)).read()),
            p -> assertThat(change(p, ROLE).action()).isEqualTo(Action.CREATE)));
    cases.add(
        of(
            "the derived role is created before the connection",
            () -> plan(spec(""), AzureState.of(destinations(true)).read()),
            p -> {
              List<String> order = p.changes().stream().map(c -> c.address().toString()).toList();
              assertThat(order.indexOf(ROLE))
                  .isGreaterThanOrEqualTo(0)
                  .isLessThan(order.indexOf(CONN));
            }));
    cases.add(
        of(
            "a database that does not exist is DESTINATION_NOT_FOUND",
            () -> plan(spec(""), AzureState.of(destinations(false)).read()),
            p ->
                assertThat(p.consequences())
                    .extracting(Consequence::code, c -> c.address())
                    .contains(
                        org.assertj.core.groups.Tuple.tuple(
                            Consequence.Code.DESTINATION_NOT_FOUND, CONN))));
    return cases.stream();
  }
}
