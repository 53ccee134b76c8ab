package dtplan.plan;

import static dtplan.fixtures.Fixtures.ARCHIVE;
import static dtplan.fixtures.Fixtures.CONTAINER;
import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.fixtures.Fixtures.NS;
import static dtplan.fixtures.Fixtures.RG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.provider.ReadResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Role assignments, owned and foreign, and the delivery checks they satisfy. */
class RoleAssignmentRulesTest extends DiffRuleTable {
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(
        of(
            "a foreign role assignment (no stack marker) satisfies the role check and is never deleted",
            () -> {
              ReadResponse live = noRolesLive();
              List<RoleAssignment> ras = new ArrayList<>(live.roleAssignments());
              ras.add(foreign(live, HUB, RoleDefinitions.EVENT_HUBS_DATA_SENDER));
              ras.add(foreign(live, CONTAINER, RoleDefinitions.STORAGE_BLOB_DATA_CONTRIBUTOR));
              return plan(noRoles(), LiveStates.withRoleAssignments(live, ras));
            },
            p -> {
              assertThat(p.consequences()).isEmpty();
              assertThat(p.changes())
                  .noneMatch(c -> c.kind() == dtplan.model.ResourceKind.ROLE_ASSIGNMENT);
              assertThat(p.hasChanges()).isFalse();
            }));
    cases.add(
        of(
            "without any role on the destination the endpoint warns ROLE_MISSING",
            () -> plan(noRoles(), noRolesLive()),
            p -> {
              assertThat(codes(p)).contains(tuple(Consequence.Code.ROLE_MISSING, EP));
              assertThat(p.hasErrors()).isFalse();
            }));
    cases.add(
        of(
            "an owned role assignment the spec no longer has is DELETEd, with ROLE_REMOVED and ROLE_MISSING",
            () -> plan(noRoles(), identityEndpointLive()),
            p -> {
              List<PlannedChange> deleted =
                  p.changes().stream()
                      .filter(c -> c.kind() == dtplan.model.ResourceKind.ROLE_ASSIGNMENT)
                      .toList();
              assertThat(deleted).hasSize(2).allMatch(c -> c.action() == Action.DELETE);
              assertThat(deleted)
                  .allMatch(c -> c.address().toString().startsWith("roleAssignments[\""));
              assertThat(codes(p)).contains(tuple(Consequence.Code.ROLE_MISSING, EP));
              assertThat(p.consequences())
                  .filteredOn(c -> c.code() == Consequence.Code.ROLE_REMOVED)
                  .hasSize(2);
            }));
    cases.add(
        of(
            "a Data Sender role at the event hub namespace (a scope above the destination) counts",
            () -> {
              String yaml =
                  identityEndpoint(HUB, "system").replace("scope: " + HUB, "scope: " + NS);
              return plan(yaml, rolesLive(SENDER, NS));
            },
            p -> assertThat(p.consequences()).isEmpty()));
    cases.add(
        of(
            "a Data Sender role at the resource group counts",
            () -> {
              String yaml =
                  identityEndpoint(HUB, "system").replace("scope: " + HUB, "scope: " + RG);
              return plan(yaml, rolesLive(SENDER, RG));
            },
            p -> assertThat(p.consequences()).isEmpty()));
    cases.add(
        of(
            "a Data Sender role on another event hub does not count",
            () -> {
              String yaml =
                  identityEndpoint(HUB, "system")
                      .replace("Sender, scope: " + HUB, "Sender, scope: " + ARCHIVE);
              return plan(yaml, rolesLive(SENDER, ARCHIVE));
            },
            p -> assertThat(codes(p)).containsExactly(tuple(Consequence.Code.ROLE_MISSING, EP))));
    cases.add(
        of(
            "plain Owner on the event hub does not count: it grants no data access",
            () -> {
              String yaml =
                  identityEndpoint(HUB, "system")
                      .replace(
                          "Azure Event Hubs Data Sender, scope: " + HUB, "Owner, scope: " + HUB);
              return plan(yaml, rolesLive(RoleDefinitions.OWNER, HUB));
            },
            p -> assertThat(codes(p)).containsExactly(tuple(Consequence.Code.ROLE_MISSING, EP))));
    cases.add(
        of(
            "a foreign Owner at the resource group does not count either",
            () -> {
              ReadResponse live = noRolesLive();
              List<RoleAssignment> ras = new ArrayList<>(live.roleAssignments());
              ras.add(foreign(live, RG, RoleDefinitions.OWNER));
              return plan(noRoles(), LiveStates.withRoleAssignments(live, ras));
            },
            p -> assertThat(codes(p)).contains(tuple(Consequence.Code.ROLE_MISSING, EP))));
    cases.add(
        of(
            "Azure Event Hubs Data Owner counts",
            () -> {
              String yaml =
                  identityEndpoint(HUB, "system")
                      .replace("Azure Event Hubs Data Sender", "Azure Event Hubs Data Owner");
              return plan(yaml, rolesLive(RoleDefinitions.EVENT_HUBS_DATA_OWNER, HUB));
            },
            p -> assertThat(p.consequences()).isEmpty()));
    cases.add(
        of(
            "no Storage Blob role on the dead-letter container warns ROLE_MISSING for dead-lettering",
            () -> {
              String yaml =
                  identityEndpoint(HUB, "system")
                      .replace(
                          "      - {role: Storage Blob Data Contributor, scope: "
                              + CONTAINER
                              + "}\n",
                          "");
              return plan(yaml, noRolesAzure().systemRole("twins", SENDER, HUB).read());
            },
            p -> {
              assertThat(codes(p)).containsExactly(tuple(Consequence.Code.ROLE_MISSING, EP));
              assertThat(p.consequences().get(0).message()).contains("dead-letter");
            }));
    return cases.stream();
  }
}
