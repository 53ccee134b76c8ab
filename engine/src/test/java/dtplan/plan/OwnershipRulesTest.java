package dtplan.plan;

import static dtplan.fixtures.Fixtures.HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dtplan.diag.Severity;
import dtplan.provider.ReadResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Which live instances and identities the stack owns, adopts, or must never touch. */
class OwnershipRulesTest extends DiffRuleTable {
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(
        of(
            "an instance of the same name without the stack tag is adopted: UPDATE with ADOPT_EXISTING",
            () ->
                plan(
                    identityEndpoint(HUB, "system"),
                    LiveStates.withInstance(
                        identityEndpointLive(),
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
                        identityEndpointLive(),
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
                        withIngestLive("ingest", true), "ingest", u -> withStack(u, "other"))),
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
                        withIngestLive("ingest", true), "ingest", u -> withStack(u, null))),
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
              ReadResponse live = withOtherLive();
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
            () -> plan(identityEndpoint(HUB, "system"), withOtherLive()),
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
              ReadResponse live = withOtherLive();
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

    return cases.stream();
  }
}
