package dtplan.plan;

import static dtplan.fixtures.Fixtures.ARCHIVE;
import static dtplan.fixtures.Fixtures.CONTAINER;
import static dtplan.fixtures.Fixtures.HUB;
import static dtplan.fixtures.Fixtures.NS;
import static dtplan.fixtures.Fixtures.RG;
import static dtplan.fixtures.Fixtures.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dtplan.diag.Severity;
import dtplan.fixtures.Fixtures;
import dtplan.model.Destination;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.provider.ReadResponse;
import dtplan.spec.InstanceSpec;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The domain rules of planning, one case each: what live Azure holds (usually "this spec was
 * applied", then something changed), what the spec now says, and what the plan must be. The case's
 * name is the rule.
 */
class DiffRulesTest {
  static final String EP = "instances.twins.endpoints.telemetry";

  record Case(Supplier<Plan> plan, Consumer<Plan> expect) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(String reason, Case c) {
    c.expect().accept(c.plan().get());
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();

    // --- endpoint replacements -------------------------------------------------------------
    cases.add(
        of(
            "auth type key -> identity is a REPLACE for AUTH_TYPE_CANNOT_CHANGE_IN_PLACE, with a delivery gap warning",
            () -> plan(identityEndpoint(HUB, "system"), applied(keyEndpoint(), secrets("one"))),
            p -> {
              PlannedChange e = change(p, EP);
              assertThat(e.action()).isEqualTo(Action.REPLACE);
              assertThat(e.reason()).isEqualTo(Reason.AUTH_TYPE_CANNOT_CHANGE_IN_PLACE);
              assertThat(e.replacePaths()).contains("authenticationType");
              assertThat(codes(p)).contains(tuple(Consequence.Code.DELIVERY_GAP, EP));
            }));
    cases.add(
        of(
            "auth type identity -> key is a REPLACE too",
            () ->
                plan(keyEndpoint(), secrets("one"), applied(identityEndpoint(HUB, "system"), null)),
            p -> {
              assertThat(change(p, EP).action()).isEqualTo(Action.REPLACE);
              assertThat(change(p, EP).reason()).isEqualTo(Reason.AUTH_TYPE_CANNOT_CHANGE_IN_PLACE);
              assertThat(change(p, EP).replacePaths()).contains("authenticationType");
            }));
    cases.add(
        of(
            "endpoint type eventhub -> servicebus is a REPLACE for ENDPOINT_TYPE_CANNOT_CHANGE",
            () ->
                plan(
                    identityEndpoint(HUB, "system")
                        .replace("type: eventhub", "type: servicebus")
                        .replace("eventhub: " + HUB, "topic: " + TOPIC)
                        .replace(
                            "{role: Azure Event Hubs Data Sender, scope: " + HUB,
                            "{role: Azure Service Bus Data Sender, scope: " + TOPIC),
                    applied(identityEndpoint(HUB, "system"), null)),
            p -> {
              assertThat(change(p, EP).action()).isEqualTo(Action.REPLACE);
              assertThat(change(p, EP).reason()).isEqualTo(Reason.ENDPOINT_TYPE_CANNOT_CHANGE);
              assertThat(change(p, EP).replacePaths()).contains("type");
            }));
    cases.add(
        of(
            "a different event hub is a REPLACE for DESTINATION_CANNOT_CHANGE, and its routes are replaced with it: a gap while they are missing, not the hour of an auth change, and the rename that avoids it",
            () ->
                plan(
                    identityEndpoint(ARCHIVE, "system")
                        .replace("scope: " + ARCHIVE, "scope: " + NS),
                    applied(
                        identityEndpoint(HUB, "system").replace("scope: " + HUB, "scope: " + NS),
                        null)),
            p -> {
              assertThat(change(p, EP).action()).isEqualTo(Action.REPLACE);
              assertThat(change(p, EP).reason()).isEqualTo(Reason.DESTINATION_CANNOT_CHANGE);
              assertThat(change(p, EP).replacePaths()).containsExactly("entityPath");
              assertThat(change(p, "instances.twins.routes.all").action())
                  .isEqualTo(Action.REPLACE);
              assertThat(change(p, "instances.twins.routes.all").reason())
                  .isEqualTo(Reason.ENDPOINT_REPLACED);
              Consequence gap =
                  p.consequences().stream()
                      .filter(c -> c.code() == Consequence.Code.DELIVERY_GAP)
                      .findFirst()
                      .orElseThrow();
              assertThat(gap.message())
                  .contains("events its route all select are not delivered until it is recreated")
                  .doesNotContain("hour");
              assertThat(gap.hint())
                  .isEqualTo(
                      "to migrate without a gap, give the new endpoint a new name (telemetry-v2)"
                          + " and point route all at it; dtplan then creates it, repoints the"
                          + " route and deletes telemetry");
            }));
    cases.add(
        of(
            "the rename hint picks a name no endpoint of the instance has",
            () ->
                plan(
                    identityEndpoint(HUB, "system")
                        .replace(
                            "    routes:\n",
                            extraEndpoints(List.of("telemetry-id")) + "    routes:\n"),
                    applied(
                        keyEndpoint()
                            .replace(
                                "    routes:\n",
                                extraEndpoints(List.of("telemetry-id")) + "    routes:\n"),
                        secrets("one"))),
            p ->
                assertThat(gap(p).hint())
                    .startsWith(
                        "to migrate without a gap, give the identity-based endpoint a new name"
                            + " (telemetry-id2) and point route all at it")));
    cases.add(
        of(
            "with 6 endpoints on the instance, the hint says a rename would not avoid the gap",
            () ->
                plan(
                    identityEndpoint(HUB, "system")
                        .replace(
                            "    routes:\n",
                            extraEndpoints(List.of("ep1", "ep2", "ep3", "ep4", "ep5"))
                                + "    routes:\n"),
                    applied(
                        keyEndpoint()
                            .replace(
                                "    routes:\n",
                                extraEndpoints(List.of("ep1", "ep2", "ep3", "ep4", "ep5"))
                                    + "    routes:\n"),
                        secrets("one"))),
            p ->
                assertThat(gap(p).hint())
                    .isEqualTo(
                        "renaming would not avoid the gap here: the instance would hold 7"
                            + " endpoints at once, above Azure's limit of 6, so old endpoints would"
                            + " still go first")));
    cases.add(
        of(
            "system -> user identity on an endpoint is a REPLACE for IDENTITY_CANNOT_CHANGE",
            () ->
                plan(
                    withIngest(identityEndpoint(HUB, "ingest")),
                    applied(withIngest(identityEndpoint(HUB, "system")), null)),
            p -> {
              assertThat(change(p, EP).action()).isEqualTo(Action.REPLACE);
              assertThat(change(p, EP).reason()).isEqualTo(Reason.IDENTITY_CANNOT_CHANGE);
              assertThat(change(p, EP).replacePaths()).containsExactly("identity");
            }));

    // --- instances ------------------------------------------------------------------------------
    cases.add(
        of(
            "a new location REPLACEs the instance, destroys its twin data and creates its children anew",
            () ->
                plan(
                    identityEndpoint(HUB, "system")
                        .replace("location: westeurope", "location: northeurope"),
                    applied(identityEndpoint(HUB, "system"), null)),
            p -> {
              PlannedChange i = change(p, "instances.twins");
              assertThat(i.action()).isEqualTo(Action.REPLACE);
              assertThat(i.reason()).isEqualTo(Reason.LOCATION_CANNOT_CHANGE);
              assertThat(i.replacePaths()).containsExactly("location");
              assertThat(codes(p))
                  .contains(tuple(Consequence.Code.DESTROYS_TWIN_DATA, "instances.twins"));
              assertThat(change(p, EP).action()).isEqualTo(Action.CREATE);
              assertThat(change(p, "instances.twins.routes.all").action()).isEqualTo(Action.CREATE);
              expectRolesForNewPrincipal(p);
            }));
    cases.add(
        of(
            "a changed tag is an in-place UPDATE",
            () ->
                plan(
                    identityEndpoint(HUB, "system").replace("team: iot", "team: platform"),
                    applied(identityEndpoint(HUB, "system"), null)),
            p -> expectOnlyUpdate(p, "instances.twins", "tags.team")));
    cases.add(
        of(
            "publicNetworkAccess is an in-place UPDATE",
            () ->
                plan(
                    identityEndpoint(HUB, "system")
                        .replace(
                            "tags: {team: iot}",
                            "tags: {team: iot}\n    publicNetworkAccess: Disabled"),
                    applied(identityEndpoint(HUB, "system"), null)),
            p -> expectOnlyUpdate(p, "instances.twins", "publicNetworkAccess")));
    cases.add(
        of(
            "linking a user identity is an in-place UPDATE of the instance",
            () ->
                plan(
                    withIngest(identityEndpoint(HUB, "system")),
                    applied(
                        withIngest(identityEndpoint(HUB, "system"))
                            .replace(
                                "identity: {system: true, user: [ingest]}",
                                "identity: {system: true}"),
                        null)),
            p -> expectOnlyUpdate(p, "instances.twins", "identity.user")));
    cases.add(
        of(
            "drift in a managed attribute made outside dtplan is an UPDATE back to the spec",
            () ->
                plan(
                    identityEndpoint(HUB, "system"),
                    LiveStates.withInstance(
                        applied(identityEndpoint(HUB, "system"), null),
                        "twins",
                        i -> LiveStates.withTags(i, tagsWith(i, "team", "someone-else")))),
            p -> {
              expectOnlyUpdate(p, "instances.twins", "tags.team");
              AttributeChange team = attribute(change(p, "instances.twins"), "tags.team");
              assertThat(team.before().text()).isEqualTo("someone-else");
              assertThat(team.after().text()).isEqualTo("iot");
            }));
    cases.add(
        of(
            "attributes dtplan does not manage (host name, provisioning state) never make a change",
            () ->
                plan(
                    identityEndpoint(HUB, "system"),
                    LiveStates.withInstance(
                        applied(identityEndpoint(HUB, "system"), null),
                        "twins",
                        i ->
                            new Instance(
                                i.id(),
                                i.location(),
                                i.tags(),
                                i.identity(),
                                i.publicNetworkAccess(),
                                "elsewhere.example",
                                "Updating"))),
            p -> assertThat(p.hasChanges()).isFalse()));
    cases.add(
        of(
            "an instance of the same name without the stack tag is adopted: UPDATE with ADOPT_EXISTING",
            () ->
                plan(
                    identityEndpoint(HUB, "system"),
                    LiveStates.withInstance(
                        applied(identityEndpoint(HUB, "system"), null),
                        "twins",
                        i -> LiveStates.withTags(i, tagsWithout(i, SecretTags.STACK_TAG)))),
            p -> {
              PlannedChange i = change(p, "instances.twins");
              assertThat(i.action()).isEqualTo(Action.UPDATE);
              assertThat(i.reason()).isEqualTo(Reason.ADOPT_EXISTING);
              assertThat(i.changedAttributes())
                  .extracting(AttributeChange::path)
                  .containsExactly("tags.dtplan-stack");
              assertThat(p.hasErrors()).isFalse();
              assertThat(p.consequences())
                  .filteredOn(c -> c.code() == Consequence.Code.ADOPTS_UNTAGGED)
                  .singleElement()
                  .satisfies(
                      c -> {
                        assertThat(c.severity()).isEqualTo(Severity.WARNING);
                        assertThat(c.address().toString()).isEqualTo("instances.twins");
                        assertThat(c.message())
                            .startsWith(
                                "instance twins exists and carries no dtplan-stack tag: this plan"
                                    + " adopts it into stack test");
                      });
            }));
    cases.add(
        of(
            "an instance tagged with another stack is an OWNED_BY_OTHER_STACK error naming both stacks, not a takeover",
            () ->
                plan(
                    identityEndpoint(HUB, "system"),
                    LiveStates.withInstance(
                        applied(identityEndpoint(HUB, "system"), null),
                        "twins",
                        i -> LiveStates.withTags(i, tagsWith(i, SecretTags.STACK_TAG, "other")))),
            p -> {
              assertThat(p.hasErrors()).isTrue();
              assertThat(change(p, "instances.twins").reason())
                  .isEqualTo(Reason.OWNED_BY_OTHER_STACK);
              assertThat(p.consequences())
                  .filteredOn(c -> c.severity() == Severity.ERROR)
                  .singleElement()
                  .satisfies(
                      c -> {
                        assertThat(c.code()).isEqualTo(Consequence.Code.OWNED_BY_OTHER_STACK);
                        assertThat(c.address().toString()).isEqualTo("instances.twins");
                        assertThat(c.message())
                            .contains("instance twins")
                            .contains("stack other")
                            .contains("stack test")
                            .contains("dtplan-stack=other");
                      });
              assertThat(codes(p))
                  .doesNotContain(tuple(Consequence.Code.ADOPTS_UNTAGGED, "instances.twins"));
            }));
    cases.add(
        of(
            "a user identity tagged with another stack is an OWNED_BY_OTHER_STACK error as well",
            () ->
                plan(
                    withIngest(identityEndpoint(HUB, "ingest")),
                    LiveStates.withUserIdentity(
                        applied(withIngest(identityEndpoint(HUB, "ingest")), null),
                        "ingest",
                        u -> withStack(u, "other"))),
            p -> {
              assertThat(change(p, "identities.ingest").reason())
                  .isEqualTo(Reason.OWNED_BY_OTHER_STACK);
              assertThat(p.consequences())
                  .filteredOn(c -> c.severity() == Severity.ERROR)
                  .extracting(Consequence::code, Consequence::address)
                  .containsExactly(
                      tuple(Consequence.Code.OWNED_BY_OTHER_STACK, "identities.ingest"));
              assertThat(p.consequences().stream().filter(c -> c.severity() == Severity.ERROR))
                  .allSatisfy(
                      c ->
                          assertThat(c.message())
                              .contains("identity ingest")
                              .contains("stack other")
                              .contains("stack test"));
            }));
    cases.add(
        of(
            "an untagged user identity of the spec's name is adopted: ADOPT_EXISTING with an ADOPTS_UNTAGGED notice",
            () ->
                plan(
                    withIngest(identityEndpoint(HUB, "ingest")),
                    LiveStates.withUserIdentity(
                        applied(withIngest(identityEndpoint(HUB, "ingest")), null),
                        "ingest",
                        u -> withStack(u, null))),
            p -> {
              PlannedChange u = change(p, "identities.ingest");
              assertThat(u.action()).isEqualTo(Action.UPDATE);
              assertThat(u.reason()).isEqualTo(Reason.ADOPT_EXISTING);
              assertThat(p.hasErrors()).isFalse();
              assertThat(p.consequences())
                  .filteredOn(c -> c.code() == Consequence.Code.ADOPTS_UNTAGGED)
                  .extracting(Consequence::address, Consequence::message)
                  .singleElement()
                  .satisfies(
                      t ->
                          assertThat(t.toList().get(1).toString())
                              .startsWith(
                                  "identity ingest exists and carries no dtplan-stack tag: this"
                                      + " plan adopts it into stack test"));
            }));
    cases.add(
        of(
            "an instance of another stack that is not in the spec is never touched",
            () -> {
              ReadResponse live =
                  applied(
                      identityEndpoint(HUB, "system") + "  other:\n    tags: {team: x}\n", null);
              live =
                  LiveStates.withInstance(
                      live,
                      "other",
                      i -> LiveStates.withTags(i, tagsWith(i, SecretTags.STACK_TAG, "other")));
              return plan(identityEndpoint(HUB, "system"), live);
            },
            p -> {
              assertThat(p.changes()).noneMatch(c -> c.address().toString().contains("other"));
              assertThat(p.consequences()).isEmpty();
              assertThat(p.hasChanges()).isFalse();
            }));
    cases.add(
        of(
            "an owned instance that left the spec is DELETEd and marked as destroying twin data",
            () ->
                plan(
                    identityEndpoint(HUB, "system"),
                    applied(
                        identityEndpoint(HUB, "system") + "  other:\n    tags: {team: x}\n", null)),
            p -> {
              assertThat(change(p, "instances.other").action()).isEqualTo(Action.DELETE);
              assertThat(change(p, "instances.other").reason()).isEqualTo(Reason.NOT_IN_SPEC);
              assertThat(codes(p))
                  .contains(tuple(Consequence.Code.DESTROYS_TWIN_DATA, "instances.other"));
            }));
    cases.add(
        of(
            "an instance without the stack tag that is not in the spec is never touched",
            () -> {
              ReadResponse live =
                  applied(
                      identityEndpoint(HUB, "system") + "  other:\n    tags: {team: x}\n", null);
              live =
                  LiveStates.withInstance(
                      live,
                      "other",
                      i -> LiveStates.withTags(i, tagsWithout(i, SecretTags.STACK_TAG)));
              return plan(identityEndpoint(HUB, "system"), live);
            },
            p -> {
              assertThat(p.changes()).noneMatch(c -> c.address().toString().contains("other"));
              assertThat(p.hasChanges()).isFalse();
            }));

    // --- operations that failed, and operations still running ----------------------------------
    for (String state : List.of("Failed", "Canceled")) {
      cases.add(
          of(
              "an endpoint left "
                  + state
                  + " by its last operation is a REPLACE for LAST_OPERATION_FAILED, its routes replaced with it",
              () ->
                  plan(
                      identityEndpoint(HUB, "system"),
                      LiveStates.withEndpoint(
                          applied(identityEndpoint(HUB, "system"), null),
                          "telemetry",
                          e -> LiveStates.withState(e, state))),
              p -> {
                PlannedChange e = change(p, EP);
                assertThat(e.action()).isEqualTo(Action.REPLACE);
                assertThat(e.reason()).isEqualTo(Reason.LAST_OPERATION_FAILED);
                assertThat(e.replacePaths()).containsExactly("provisioningState");
                AttributeChange s = attribute(e, "provisioningState");
                assertThat(s.before().text()).isEqualTo(state);
                assertThat(s.after().text()).isEqualTo("Succeeded");
                PlannedChange route = change(p, "instances.twins.routes.all");
                assertThat(route.action()).isEqualTo(Action.REPLACE);
                assertThat(route.reason()).isEqualTo(Reason.ENDPOINT_REPLACED);
                assertThat(p.changes())
                    .filteredOn(c -> c.action() != Action.NO_OP)
                    .extracting(c -> c.address().toString())
                    .containsExactlyInAnyOrder(EP, "instances.twins.routes.all");
                // The reason says it all; the endpoint is not left unhealthy.
                assertThat(p.consequences()).isEmpty();
              }));
    }
    cases.add(
        of(
            "an instance left Failed by its last operation is a REPLACE for LAST_OPERATION_FAILED: twin data warned about, children and roles created anew",
            () ->
                plan(
                    identityEndpoint(HUB, "system"),
                    LiveStates.withInstance(
                        applied(identityEndpoint(HUB, "system"), null),
                        "twins",
                        i -> LiveStates.withState(i, "Failed"))),
            p -> {
              PlannedChange i = change(p, "instances.twins");
              assertThat(i.action()).isEqualTo(Action.REPLACE);
              assertThat(i.reason()).isEqualTo(Reason.LAST_OPERATION_FAILED);
              assertThat(i.replacePaths()).containsExactly("provisioningState");
              assertThat(p.consequences())
                  .filteredOn(c -> c.code() == Consequence.Code.DESTROYS_TWIN_DATA)
                  .singleElement()
                  .satisfies(
                      c -> {
                        assertThat(c.address().toString()).isEqualTo("instances.twins");
                        assertThat(c.message())
                            .contains("its last operation failed")
                            .contains("--allow-instance-deletion");
                      });
              assertThat(change(p, EP).action()).isEqualTo(Action.CREATE);
              assertThat(change(p, "instances.twins.routes.all").action()).isEqualTo(Action.CREATE);
              expectRolesForNewPrincipal(p);
            }));
    for (String state : List.of("Provisioning", "Updating", "Deleting")) {
      cases.add(
          of(
              "an endpoint whose operation is still running ("
                  + state
                  + ") is not replaced: the provider's read waits for it to end",
              () ->
                  plan(
                      identityEndpoint(HUB, "system"),
                      LiveStates.withEndpoint(
                          applied(identityEndpoint(HUB, "system"), null),
                          "telemetry",
                          e -> LiveStates.withState(e, state))),
              p -> {
                assertThat(p.hasChanges()).isFalse();
                assertThat(p.consequences()).isEmpty();
              }));
    }
    cases.add(
        of(
            "a Disabled endpoint is not replaced (no operation failed): ENDPOINT_NOT_HEALTHY says so",
            () ->
                plan(
                    identityEndpoint(HUB, "system"),
                    LiveStates.withEndpoint(
                        applied(identityEndpoint(HUB, "system"), null),
                        "telemetry",
                        e -> LiveStates.withState(e, "Disabled"))),
            p -> {
              assertThat(p.hasChanges()).isFalse();
              assertThat(codes(p))
                  .containsExactly(tuple(Consequence.Code.ENDPOINT_NOT_HEALTHY, EP));
            }));

    // --- children of an owned instance ----------------------------------------------------------
    cases.add(
        of(
            "a route pointed at another endpoint is an in-place UPDATE",
            () ->
                plan(
                    twoEndpoints()
                        .replace("all: {endpoint: telemetry}", "all: {endpoint: archive}"),
                    applied(twoEndpoints(), null)),
            p -> expectOnlyUpdate(p, "instances.twins.routes.all", "endpoint")));
    cases.add(
        of(
            "an endpoint that left the spec is DELETEd with its route",
            () ->
                plan(
                    identityEndpoint(HUB, "system").replace("scope: " + HUB, "scope: " + NS),
                    applied(twoEndpoints(), null)),
            p -> {
              assertThat(change(p, "instances.twins.endpoints.archive").action())
                  .isEqualTo(Action.DELETE);
              assertThat(change(p, "instances.twins.routes.archived").action())
                  .isEqualTo(Action.DELETE);
            }));

    // --- role assignments and delivery checks ---------------------------------------------------
    cases.add(
        of(
            "a foreign role assignment (no stack marker) satisfies the role check and is never deleted",
            () -> {
              ReadResponse live = applied(noRoles(), null);
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
            () -> plan(noRoles(), applied(noRoles(), null)),
            p -> {
              assertThat(codes(p)).contains(tuple(Consequence.Code.ROLE_MISSING, EP));
              assertThat(p.hasErrors()).isFalse();
            }));
    cases.add(
        of(
            "an owned role assignment the spec no longer has is DELETEd, with ROLE_REMOVED and ROLE_MISSING",
            () -> plan(noRoles(), applied(identityEndpoint(HUB, "system"), null)),
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
              return plan(yaml, applied(yaml, null));
            },
            p -> assertThat(p.consequences()).isEmpty()));
    cases.add(
        of(
            "a Data Sender role at the resource group counts",
            () -> {
              String yaml =
                  identityEndpoint(HUB, "system").replace("scope: " + HUB, "scope: " + RG);
              return plan(yaml, applied(yaml, null));
            },
            p -> assertThat(p.consequences()).isEmpty()));
    cases.add(
        of(
            "a Data Sender role on another event hub does not count",
            () -> {
              String yaml =
                  identityEndpoint(HUB, "system")
                      .replace("Sender, scope: " + HUB, "Sender, scope: " + ARCHIVE);
              return plan(yaml, applied(yaml, null));
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
              return plan(yaml, applied(yaml, null));
            },
            p -> assertThat(codes(p)).containsExactly(tuple(Consequence.Code.ROLE_MISSING, EP))));
    cases.add(
        of(
            "a foreign Owner at the resource group does not count either",
            () -> {
              ReadResponse live = applied(noRoles(), null);
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
              return plan(yaml, applied(yaml, null));
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
              return plan(yaml, applied(yaml, null));
            },
            p -> {
              assertThat(codes(p)).containsExactly(tuple(Consequence.Code.ROLE_MISSING, EP));
              assertThat(p.consequences().get(0).message()).contains("dead-letter");
            }));
    cases.add(
        of(
            "re-enabling a system identity creates its role assignments for the NEW_PRINCIPAL and drops the old ones",
            () -> {
              ReadResponse live =
                  LiveStates.withInstance(
                      applied(identityEndpoint(HUB, "system"), null),
                      "twins",
                      i ->
                          new Instance(
                              i.id(),
                              i.location(),
                              i.tags(),
                              InstanceIdentity.NONE,
                              i.publicNetworkAccess(),
                              i.hostName(),
                              i.provisioningState()));
              return plan(identityEndpoint(HUB, "system"), live);
            },
            p -> {
              expectOnlyUpdate(p, "instances.twins", "identity.system");
              for (String role : List.of("instances.twins.roles[0]", "instances.twins.roles[1]")) {
                assertThat(change(p, role).action()).isEqualTo(Action.CREATE);
                assertThat(change(p, role).reason()).isEqualTo(Reason.NEW_PRINCIPAL);
                assertThat(attribute(change(p, role), "principalId").after().isUnknown()).isTrue();
                assertThat(codes(p)).contains(tuple(Consequence.Code.PRINCIPAL_RECREATED, role));
              }
              assertThat(p.changes())
                  .filteredOn(c -> c.address().toString().startsWith("roleAssignments[\""))
                  .hasSize(2)
                  .allMatch(c -> c.action() == Action.DELETE);
              assertThat(codes(p)).doesNotContain(tuple(Consequence.Code.ROLE_MISSING, EP));
            }));
    cases.add(
        of(
            "enabling a system identity for the first time creates its roles as NOT_FOUND, with no PRINCIPAL_RECREATED",
            () -> plan(identityEndpoint(HUB, "system"), applied(keyEndpoint(), secrets("v1"))),
            p -> {
              for (String role : List.of("instances.twins.roles[0]", "instances.twins.roles[1]")) {
                assertThat(change(p, role).action()).isEqualTo(Action.CREATE);
                assertThat(change(p, role).reason()).isEqualTo(Reason.NOT_FOUND);
              }
              assertThat(p.consequences())
                  .extracting(Consequence::code)
                  .doesNotContain(Consequence.Code.PRINCIPAL_RECREATED);
            }));
    cases.add(
        of(
            "an identity endpoint whose identity will not be enabled is an IDENTITY_DISABLED error (spec check bypassed)",
            () -> {
              Spec spec = Fixtures.spec(identityEndpoint(HUB, "system"));
              InstanceSpec twins = spec.instances().get("twins");
              InstanceSpec disabled =
                  new InstanceSpec(
                      twins.key(),
                      twins.name(),
                      false,
                      twins.userIdentities(),
                      twins.publicNetworkAccess(),
                      twins.tags(),
                      List.of(),
                      List.of(),
                      twins.endpoints(),
                      twins.routes(),
                      twins.at());
              Spec broken =
                  new Spec(
                      spec.file(),
                      spec.stack(),
                      spec.subscription(),
                      spec.resourceGroup(),
                      spec.location(),
                      spec.identities(),
                      Map.of("twins", disabled),
                      spec.roleAssignments());
              return new Planner()
                  .plan("test", broken, applied(identityEndpoint(HUB, "system"), null), "d");
            },
            p -> {
              assertThat(p.hasErrors()).isTrue();
              assertThat(p.consequences())
                  .filteredOn(c -> c.severity() == Severity.ERROR)
                  .extracting(Consequence::code, Consequence::address)
                  .containsExactly(tuple(Consequence.Code.IDENTITY_DISABLED, EP));
            }));

    // --- secrets ------------------------------------------------------------------------------
    cases.add(
        of(
            "a rotated connection string (fingerprint differs) is an UPDATE with SECRET_CHANGED",
            () -> plan(keyEndpoint(), secrets("two"), applied(keyEndpoint(), secrets("one"))),
            p -> {
              PlannedChange e = change(p, EP);
              assertThat(e.action()).isEqualTo(Action.UPDATE);
              assertThat(e.reason()).isEqualTo(Reason.SECRET_CHANGED);
              AttributeChange cs = attribute(e, "connectionString");
              assertThat(cs.before().isSensitive()).isTrue();
              assertThat(cs.after().isSensitive()).isTrue();
              assertThat(cs.changed()).isTrue();
            }));
    cases.add(
        of(
            "a connection string dtplan never wrote (no fingerprint tag) is an UPDATE with SECRET_UNKNOWN",
            () -> {
              ReadResponse live = applied(keyEndpoint(), secrets("one"));
              live =
                  LiveStates.withInstance(
                      live,
                      "twins",
                      i -> LiveStates.withTags(i, tagsWithout(i, "dtplan-secret-telemetry")));
              return plan(keyEndpoint(), secrets("one"), live);
            },
            p -> {
              assertThat(change(p, EP).action()).isEqualTo(Action.UPDATE);
              assertThat(change(p, EP).reason()).isEqualTo(Reason.SECRET_UNKNOWN);
            }));

    // --- no noise -------------------------------------------------------------------------------
    for (Map.Entry<String, String> spec : appliedSpecs().entrySet()) {
      cases.add(
          of(
              "right after applying " + spec.getKey() + ", a plan has no changes (all NO_OP)",
              () -> plan(spec.getValue(), secrets("one"), applied(spec.getValue(), secrets("one"))),
              p -> {
                assertThat(p.changes()).isNotEmpty().allMatch(c -> c.action() == Action.NO_OP);
                assertThat(p.hasChanges()).isFalse();
              }));
    }
    return cases.stream();
  }

  // --- specs
  // --------------------------------------------------------------------------------------

  static String header() {
    return "version: 1\nstack: test\nazure: {resourceGroup: rg-test, location: westeurope}\n";
  }

  /** One instance, an identity endpoint to {@code hub} with dead-lettering, both roles, a route. */
  static String identityEndpoint(String hub, String identity) {
    return header()
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
    return header()
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

  /** Key-based endpoints of these names, to the same hub, as lines of an instance's endpoints. */
  static String extraEndpoints(List<String> names) {
    StringBuilder out = new StringBuilder();
    for (String n : names) {
      out.append("      ")
          .append(n)
          .append(": {type: eventhub, auth: key, eventhub: ")
          .append(HUB)
          .append(", connectionString: \"Endpoint=sb://ns-test.servicebus.windows.net/;")
          .append("SharedAccessKeyName=k;SharedAccessKey=x;EntityPath=telemetry\"}\n");
    }
    return out.toString();
  }

  static Consequence gap(Plan p) {
    return p.consequences().stream()
        .filter(c -> c.code() == Consequence.Code.DELIVERY_GAP)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no DELIVERY_GAP in " + p.consequences()));
  }

  static Map<String, String> appliedSpecs() {
    Map<String, String> specs = new java.util.LinkedHashMap<>();
    specs.put("an identity endpoint with dead-lettering", identityEndpoint(HUB, "system"));
    specs.put("a key endpoint with a secret", keyEndpoint());
    specs.put(
        "a user identity with general role assignments",
        withIngest(identityEndpoint(HUB, "ingest")));
    specs.put("two endpoints with a namespace role", twoEndpoints());
    specs.put(
        "roles at the resource group",
        identityEndpoint(HUB, "system").replace("scope: " + HUB, "scope: " + RG));
    return specs;
  }

  static Map<String, String> secrets(String version) {
    return Map.of(
        "TELEMETRY_CONNECTION",
        "Endpoint=sb://ns-test.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey="
            + version
            + ";EntityPath=telemetry");
  }

  // --- live state and plans -------------------------------------------------------------------

  static ReadResponse base() {
    List<Destination> d = new ArrayList<>(Fixtures.destinations());
    d.add(
        new Destination(ARCHIVE, true, "https://ns-test.servicebus.windows.net:443/", null, null));
    d.add(new Destination(TOPIC, true, "https://sb-test.servicebus.windows.net:443/", null, null));
    return new ReadResponse(List.of(), List.of(), List.of(), List.of(), List.of(), d, Map.of());
  }

  static ReadResponse applied(String yaml, Map<String, String> env) {
    return LiveStates.applied(Fixtures.spec(yaml, env == null ? Map.of() : env), base());
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
