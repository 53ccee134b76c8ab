package dtplan.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.fixtures.Fixtures;
import dtplan.plan.Plan;
import dtplan.provider.ReadResponse;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  @Test
  void aFreshCreateHasTitleSummaryOneDetailsBlockPerResourceAndNoProblems() {
    Plan plan = Plans.plan(Plans.IDENTITY_ENDPOINT, Plans.emptyLive());
    String md = new MarkdownRenderer().render(plan);
    RenderChecks.MarkdownShape shape = RenderChecks.markdown(md);
    assertThat(shape.problems()).isEmpty();
    assertThat(shape.detailsOpened()).isEqualTo(5).isEqualTo(shape.detailsClosed());
    assertThat(shape.diffBlocks()).isEqualTo(5);
    assertThat(md).startsWith("## :memo: dtplan plan for stack `test`\n");
    assertThat(md).contains("Target: test target");
    assertThat(md).contains("**Plan: 5 to add, 0 to change, 0 to replace, 0 to destroy.**");
    assertThat(md).contains("### Errors and warnings\n\nNone.\n");
    assertThat(md).doesNotContain("### Destructive changes");
    assertThat(md)
        .contains("+ principalId = (known after apply) # from instances.twins.principalId");
  }

  @Test
  void aReplaceIsListedAsDestructiveBeforeEverythingElseWithItsWarning() {
    ReadResponse live = Fixtures.keyEndpointLive("Endpoint=sb://x/;SharedAccessKey=k").read();
    String identityYaml =
        Plans.KEY_ENDPOINT
            .replace("auth: key", "auth: identity")
            .replaceAll("(?m)^ *connectionString: .*\n", "")
            .replace(
                "instances:\n  twins:\n", "instances:\n  twins:\n    identity: {system: true}\n");
    String md = new MarkdownRenderer().render(Plans.plan(identityYaml, live));
    RenderChecks.MarkdownShape shape = RenderChecks.markdown(md);
    assertThat(shape.problems()).isEmpty();
    assertThat(shape.tables()).isZero();
    assertThat(md)
        .contains("- :warning: **warning** `DELIVERY_GAP` `instances.twins.endpoints.telemetry`: ");
    assertThat(md).startsWith("## :warning:");
    assertThat(md)
        .contains(
            "### Destructive changes\n\n"
                + "- `-/+` `instances.twins.endpoints.telemetry` must be replaced (an endpoint's");
    assertThat(md)
        .contains("- :warning: **warning** `DELIVERY_GAP` `instances.twins.endpoints.telemetry`: ");
    assertThat(md.indexOf("<code>-/+</code> <code>instances.twins.endpoints.telemetry</code>"))
        .isLessThan(md.indexOf("<code>~</code> <code>instances.twins</code>"));
    assertThat(md)
        .contains("! authenticationType = \"KeyBased\" -> \"IdentityBased\" # forces replacement");
  }

  @Test
  void aMessageStaysOneListItemAndBackticksCannotCloseTheFence() {
    String yaml =
        Plans.IDENTITY_ENDPOINT
            .replace("Azure Event Hubs Data Sender", "Custom | Sender")
            .replace(
                "all: {endpoint: telemetry}",
                "all: {endpoint: telemetry, filter: \"subject = 'a ``` b'\"}");
    String md = new MarkdownRenderer().render(Plans.plan(yaml, Plans.emptyLive()));
    RenderChecks.MarkdownShape shape = RenderChecks.markdown(md);
    assertThat(shape.problems()).isEmpty();
    assertThat(md).contains("````diff");
    String row = md.lines().filter(l -> l.contains("ROLE_NOT_FOUND")).findFirst().orElseThrow();
    assertThat(row)
        .startsWith("- :x: **error** `ROLE_NOT_FOUND`")
        .contains("role `Custom | Sender`");
    assertThat(shape.tables()).isZero();
  }

  @Test
  void theLimitMustLeaveRoomForWhatIsAlwaysKept() {
    assertThatThrownBy(() -> new MarkdownRenderer(100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new MarkdownRenderer().maxChars()).isEqualTo(60_000);
  }

  @Test
  void longFiltersWrapAndIdsAreRelativeToTheStacksSubscriptionWithTheFullIdKept() {
    String filter =
        "type = 'Microsoft.DigitalTwins.Twin.Create' OR type = 'Microsoft.DigitalTwins.Twin.Delete'"
            + " OR type = 'Microsoft.DigitalTwins.Relationship.Create'";
    String yaml =
        Plans.IDENTITY_ENDPOINT.replace(
            "all: {endpoint: telemetry}", "all: {endpoint: telemetry, filter: \"" + filter + "\"}");
    String md = new MarkdownRenderer().render(Plans.plan(yaml, Plans.emptyLive()));
    RenderChecks.MarkdownShape shape = RenderChecks.markdown(md);
    assertThat(shape.problems()).isEmpty();
    assertThat(md)
        .contains(
            "+ filter   = \"type = 'Microsoft.DigitalTwins.Twin.Create' OR type =\n"
                + "+            'Microsoft.DigitalTwins.Twin.Delete' OR type =\n"
                + "+            'Microsoft.DigitalTwins.Relationship.Create'\"\n");
    assertThat(md)
        .contains("+ scope       = \"…/resourceGroups/rg-test/providers/Microsoft.EventHub/")
        .contains("# … is /subscriptions/" + Fixtures.SUB + "\n")
        .contains(
            "Azure id: <code>"
                + Fixtures.RG
                + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/twins/endpoints/telemetry"
                + "</code>");
  }
}
