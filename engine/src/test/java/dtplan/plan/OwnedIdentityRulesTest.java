package dtplan.plan;

import static dtplan.fixtures.Fixtures.HUB;
import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.AzureState;
import dtplan.fixtures.Fixtures;
import dtplan.model.UserIdentity;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Issue 14, identities a stack owns: one the stack created is deleted when the spec drops it, after
 * everything that used it; one it adopted is only unlinked. Which is which is the dtplan-created
 * tag, written once at creation.
 */
class OwnedIdentityRulesTest extends DiffRuleTable {
  static final String LINKED =
      Fixtures.HEADER
          + """
          identities:
            ingest: {}
          instances:
            twins:
              identity: {user: [ingest]}
              tags: {team: iot}
          """;

  static final String DROPPED =
      Fixtures.HEADER
          + """
          instances:
            twins:
              tags: {team: iot}
          """;

  static AzureState linked(boolean created) {
    AzureState azure = AzureState.of(Fixtures.allDestinations());
    (created ? azure.userIdentity("ingest") : azure.adoptedUserIdentity("ingest"))
        .instance("twins", Map.of("team", "iot"), false, "ingest")
        .userRole("ingest", SENDER, Fixtures.HUB);
    return azure;
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(
        of(
            "a new identity is created with the dtplan-created tag naming the stack",
            () -> plan(LINKED, base()),
            p ->
                assertThat(((UserIdentity) change(p, "identities.ingest").after()).tags())
                    .containsEntry("dtplan-created", "test")
                    .containsEntry("dtplan-stack", "test")));
    cases.add(
        of(
            "an adopted identity never gets dtplan-created, so the stack never deletes it",
            () -> {
              AzureState azure = AzureState.of(Fixtures.allDestinations());
              azure
                  .adoptedUserIdentity("ingest")
                  .instance("twins", Map.of("team", "iot"), false, "ingest");
              return plan(LINKED, azure.read());
            },
            p ->
                assertThat(((UserIdentity) change(p, "identities.ingest").after()).tags())
                    .doesNotContainKey("dtplan-created")));
    cases.add(
        of(
            "an identity the stack created and the spec dropped is deleted after the instance lets"
                + " it go and its role assignment is deleted",
            () -> plan(DROPPED, linked(true).read()),
            p -> {
              assertThat(change(p, "identities.ingest").action()).isEqualTo(Action.DELETE);
              assertThat(change(p, "identities.ingest").reason()).isEqualTo(Reason.NOT_IN_SPEC);
              assertThat(change(p, "instances.twins").action()).isEqualTo(Action.UPDATE);
              List<String> order =
                  ExecutionGraph.of(p).topologicalOrder().stream().map(Step::id).toList();
              int identity = order.indexOf("identities.ingest (delete)");
              assertThat(order.indexOf("instances.twins (update)")).isLessThan(identity);
              assertThat(order.stream().filter(id -> id.startsWith("roleAssignments[")))
                  .singleElement()
                  .satisfies(role -> assertThat(order.indexOf(role)).isLessThan(identity));
            }));
    cases.add(
        of(
            "an identity the stack adopted and the spec dropped is only unlinked, never deleted",
            () -> plan(DROPPED, linked(false).read()),
            p -> {
              assertThat(change(p, "instances.twins").action()).isEqualTo(Action.UPDATE);
              assertThat(p.changes())
                  .noneMatch(c -> c.address().toString().startsWith("identities."));
            }));
    cases.add(
        of(
            "deleting an identity the stack created names, on the identity, what this plan"
                + " unlinks and destroys before it goes",
            () ->
                plan(
                    DROPPED,
                    linked(true)
                        .identityEndpoint("twins", "telemetry", HUB, null, "ingest")
                        .read()),
            p ->
                assertThat(consequence(p, Consequence.Code.IDENTITY_DELETED))
                    .satisfies(
                        c -> {
                          assertThat(c.address()).isEqualTo("identities.ingest");
                          assertThat(c.message())
                              .contains("instances.twins unlinks it")
                              .contains(EP + " is destroyed")
                              .contains(
                                  "(Azure Event Hubs Data Sender on " + HUB + ") is destroyed")
                              .doesNotContain("Still using it");
                        })));
    cases.add(
        of(
            "a role someone else granted the deleted identity stays in Azure, and the plan says so",
            () ->
                plan(
                    DROPPED,
                    linked(true)
                        .foreignGrant(AzureState.userPrincipal("ingest"), SENDER, Fixtures.ARCHIVE)
                        .read()),
            p ->
                assertThat(consequence(p, Consequence.Code.IDENTITY_DELETED).message())
                    .contains(
                        "Still using it after apply: role assignment Azure Event Hubs Data Sender on "
                            + Fixtures.ARCHIVE
                            + " stays in Azure as \"Identity not found\"")));
    cases.add(
        of(
            "a data history connection that used the deleted identity goes first, and so does the"
                + " database Admin dtplan made for it",
            () -> {
              String adx =
                  Fixtures.RG + "/providers/Microsoft.Kusto/clusters/adxtest/databases/twins";
              return plan(
                  DROPPED,
                  linked(true)
                      .userDataHistory("twins", "history", adx, Fixtures.ARCHIVE, "ingest")
                      .userAdxAdmin("ingest", adx)
                      .read());
            },
            p ->
                assertThat(consequence(p, Consequence.Code.IDENTITY_DELETED).message())
                    .contains("instances.twins.dataHistory.history is destroyed")
                    .contains(
                        "instances.twins.dataHistory.history.roles.adx (Admin of "
                            + Fixtures.RG
                            + "/providers/Microsoft.Kusto/clusters/adxtest/databases/twins) is"
                            + " destroyed")
                    .doesNotContain("Still using it")));
    cases.add(
        of(
            "an identity that is only unlinked is not deleted, so nothing is said about deleting it",
            () -> plan(DROPPED, linked(false).read()),
            p ->
                assertThat(p.consequences())
                    .extracting(Consequence::code)
                    .doesNotContain(Consequence.Code.IDENTITY_DELETED)));
    return cases.stream();
  }
}
