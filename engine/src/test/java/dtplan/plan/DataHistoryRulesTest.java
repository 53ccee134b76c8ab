package dtplan.plan;

import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.fixtures.Fixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.AzureState;
import dtplan.fixtures.Fixtures;
import dtplan.model.Destination;
import dtplan.model.RoleDefinitions;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.Step;
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
        .instance("twins", Map.of(DataHistoryTag.TAG, DataHistoryTag.VALUE), true)
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
              // The instance's tag, which makes reads list its connections, goes after them.
              PlannedChange instance = change(p, "instances.twins");
              assertThat(instance.action()).isEqualTo(Action.UPDATE);
              assertThat(((dtplan.model.Instance) instance.after()).tags())
                  .doesNotContainKey(DataHistoryTag.TAG);
              assertThat(precedes(p, CONN, "instances.twins")).isTrue();
            }));
    cases.add(
        of(
            "a connection that left the spec takes the database Admin dtplan made with it, once the"
                + " connection is gone: Azure deletes it with neither",
            () -> plan(spec("").substring(0, spec("").indexOf("    dataHistory:")), applied()),
            p -> {
              PlannedChange admin = change(p, ADMIN);
              assertThat(admin.action()).isEqualTo(Action.DELETE);
              assertThat(admin.reason()).isEqualTo(Reason.NOT_IN_SPEC);
              assertThat(precedes(p, CONN, ADMIN)).isTrue();
            }));
    cases.add(
        of(
            "an instance that left the spec takes the database Admin of its identity with it",
            () -> plan(Fixtures.HEADER, applied()),
            p -> assertThat(change(p, ADMIN).action()).isEqualTo(Action.DELETE)));
    cases.add(
        of(
            "an Admin of the same identity that dtplan did not name is someone else's, and kept",
            () ->
                plan(
                    spec("").substring(0, spec("").indexOf("    dataHistory:")),
                    AzureState.of(destinations(true))
                        .instance("twins", Map.of(DataHistoryTag.TAG, DataHistoryTag.VALUE), true)
                        .dataHistory("twins", "history", ADX, HUB)
                        .adxPrincipal(
                            new dtplan.model.DataExplorerPrincipal(
                                ADX,
                                AzureState.systemPrincipal("twins"),
                                dtplan.model.DataExplorerPrincipal.ADMIN,
                                dtplan.model.DataExplorerPrincipal.APP,
                                "granted-by-hand"))
                        .read()),
            p ->
                assertThat(p.changes())
                    .noneMatch(
                        c -> c.kind() == dtplan.model.ResourceKind.DATA_EXPLORER_PRINCIPAL)));
    cases.add(
        of(
            "an instance with a connection carries the tag that makes reads list its connections",
            () -> plan(spec(""), AzureState.of(destinations(true)).read()),
            p ->
                assertThat(((dtplan.model.Instance) change(p, "instances.twins").after()).tags())
                    .containsEntry(DataHistoryTag.TAG, DataHistoryTag.VALUE)));
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
            "the derived role and the database Admin are created before the connection",
            () -> plan(spec(""), AzureState.of(destinations(true)).read()),
            p -> {
              assertThat(precedes(p, ROLE, CONN)).isTrue();
              assertThat(precedes(p, ADMIN, CONN)).isTrue();
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

  /** Whether apply runs the step at {@code first} before the one at {@code then}. */
  static boolean precedes(Plan p, String first, String then) {
    ExecutionGraph g = ExecutionGraph.of(p);
    return g.precedes(step(g, first), step(g, then));
  }

  private static Step step(ExecutionGraph g, String address) {
    return g.steps().stream()
        .filter(s -> s.address().toString().equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step at " + address));
  }
}
