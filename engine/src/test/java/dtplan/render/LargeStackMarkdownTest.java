package dtplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.AzureState;
import dtplan.fixtures.Fixtures;
import dtplan.model.RoleDefinitions;
import dtplan.plan.Plan;
import dtplan.provider.ReadResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A 200-instance stack: a Markdown plan of it would be far beyond what GitHub accepts. The golden
 * would be huge, so this asserts the promises instead: within the limit, well formed, summary,
 * warnings and destructive list intact, whole resources cut from the middle and counted.
 */
class LargeStackMarkdownTest {
  static final int INSTANCES = 200;

  /** 200 instances, each with two roles, an identity endpoint with dead-lettering, and a route. */
  static String spec(int instances) {
    StringBuilder yaml =
        new StringBuilder(
            "version: 1\nstack: big\nazure: {resourceGroup: rg-test, location: westeurope}\ninstances:\n");
    for (int i = 0; i < instances; i++) {
      yaml.append(
          """
            plant-%03d:
              identity: {system: true}
              tags: {site: site-%03d}
              roles:
                - {role: Azure Event Hubs Data Sender, scope: %s}
                - {role: Storage Blob Data Contributor, scope: %s}
              endpoints:
                telemetry:
                  type: eventhub
                  auth: identity
                  eventhub: %s
                  deadLetter: {container: %s}
              routes:
                all: {endpoint: telemetry, filter: "type = 'microsoft.iot.telemetry'"}
          """
              .formatted(i, i, Fixtures.HUB, Fixtures.CONTAINER, Fixtures.HUB, Fixtures.CONTAINER));
    }
    return yaml.toString();
  }

  /** Azure holding {@code spec(instances)}, as written by stack big. */
  static ReadResponse applied(int instances) {
    AzureState azure = AzureState.of("big", Fixtures.destinations());
    for (int i = 0; i < instances; i++) {
      String name = "plant-%03d".formatted(i);
      azure
          .instance(name, Map.of("site", "site-%03d".formatted(i)), true)
          .systemRole(name, RoleDefinitions.EVENT_HUBS_DATA_SENDER, Fixtures.HUB)
          .systemRole(name, RoleDefinitions.STORAGE_BLOB_DATA_CONTRIBUTOR, Fixtures.CONTAINER)
          .identityEndpoint(name, "telemetry", Fixtures.HUB, Fixtures.CONTAINER, null)
          .route(name, "all", "telemetry", "type = 'microsoft.iot.telemetry'");
    }
    return azure.read();
  }

  @Test
  void aFreshTwoHundredInstanceStackIsCutFromTheMiddleToFitTheLimit() {
    Plan plan = Plans.plan(spec(INSTANCES), Plans.emptyLive());
    assertThat(plan.count(dtplan.plan.Action.CREATE)).isEqualTo(INSTANCES * 5L);
    String md = new MarkdownRenderer().render(plan);

    assertThat(md.length()).isLessThanOrEqualTo(60_000).isGreaterThan(50_000);
    RenderChecks.MarkdownShape shape = RenderChecks.markdown(md);
    assertThat(shape.problems()).isEmpty();
    assertThat(md).contains("**Plan: 1000 to add, 0 to change, 0 to replace, 0 to destroy.**");
    Matcher cut = Pattern.compile("\\*\\*(\\d+) of 1000 resources cut from the middle").matcher(md);
    assertThat(cut.find()).as("the cut notice").isTrue();
    int kept = shape.detailsOpened();
    assertThat(Integer.parseInt(cut.group(1)) + kept).isEqualTo(1000);
    // the first and the last resources are kept, the middle (apply order) is cut
    assertThat(md).contains("<code>instances.plant-000</code>");
    assertThat(md).contains("<code>instances.plant-199.routes.all</code>");
    assertThat(md).doesNotContain("<code>instances.plant-100.roles[0]</code>");
    assertThat(md).doesNotContain("<code>instances.plant-100.endpoints.telemetry</code>");
    assertThat(md.indexOf("cut from the middle"))
        .isGreaterThan(md.indexOf("<code>instances.plant-000</code>"))
        .isLessThan(md.indexOf("<code>instances.plant-199.routes.all</code>"));
  }

  @Test
  void destroyingAStackKeepsEveryDestructiveChangeAndWarningAndCutsOnlyDetails() {
    ReadResponse live = applied(40);
    String yaml = spec(1);
    Plan plan = Plans.plan(yaml, live);
    assertThat(plan.count(dtplan.plan.Action.DELETE)).isEqualTo(39L * 3);
    String md = new MarkdownRenderer(24_000).render(plan);
    assertThat(md.length()).isLessThanOrEqualTo(24_000);
    RenderChecks.MarkdownShape shape = RenderChecks.markdown(md);
    assertThat(shape.problems()).isEmpty();
    for (int i = 1; i < 40; i++) {
      assertThat(md)
          .contains("- `-` `instances.plant-%03d` will be destroyed".formatted(i))
          .contains(
              "- :warning: **warning** `DESTROYS_TWIN_DATA` `instances.plant-%03d`: ".formatted(i));
    }
    assertThat(md).contains("resources cut from the middle");
    assertThat(md).doesNotContain("not listed");
  }

  @Test
  void whenEvenTheKeptPartsOverflowTheListsAreShortenedAndSaySo() {
    ReadResponse live = applied(60);
    Plan plan = Plans.plan(spec(1), live);
    String md = new MarkdownRenderer(5_000).render(plan);
    assertThat(md.length()).isLessThanOrEqualTo(5_000);
    assertThat(RenderChecks.markdown(md).problems()).isEmpty();
    assertThat(md).contains("**Plan: 0 to add, 0 to change, 0 to replace, 177 to destroy.**");
    assertThat(md).containsPattern("\\*\\*\\d+ more destructive changes not listed\\*\\*");
  }
}
