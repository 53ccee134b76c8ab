package dtplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.Fixtures;
import dtplan.model.Instance;
import dtplan.model.ResourceKind;
import dtplan.plan.Action;
import dtplan.plan.AttributeChange;
import dtplan.plan.Plan;
import dtplan.plan.PlannedChange;
import dtplan.plan.Reason;
import dtplan.plan.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A resource's tags may reach the plan in any order (an immutable map's iteration order changes
 * from one JVM to the next); every format prints them in name order, so one plan prints the same.
 */
class StableOrderTest {
  static Plan planWithTags(List<String> order) {
    List<AttributeChange> attrs =
        new java.util.ArrayList<>(
            List.of(new AttributeChange("name", null, Value.of("twins"), false)));
    for (String tag : order) {
      attrs.add(new AttributeChange("tags." + tag, null, Value.of(tag + "-value"), false));
    }
    attrs.add(new AttributeChange("publicNetworkAccess", null, Value.of("Enabled"), false));
    Instance after =
        new Instance(
            Fixtures.RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/twins",
            "westeurope",
            Map.of(),
            null,
            "Enabled",
            null,
            null);
    PlannedChange c =
        new PlannedChange(
            dtplan.plan.ResourceAddress.parse("instances.twins"),
            ResourceKind.INSTANCE,
            Action.CREATE,
            Reason.NOT_FOUND,
            attrs,
            null,
            after,
            Map.of());
    return new Plan(
        "t", "s", Fixtures.SUB, "rg-test", "spec.yaml", "d", List.of(c), List.of(), Map.of());
  }

  @Test
  void tagsPrintInNameOrderWhateverOrderThePlanHasThem() {
    Plan scrambled = planWithTags(List.of("zeta", "alpha", "mid"));
    Plan sorted = planWithTags(List.of("alpha", "mid", "zeta"));
    assertThat(new TextRenderer(false).render(scrambled))
        .isEqualTo(new TextRenderer(false).render(sorted));
    assertThat(new MarkdownRenderer().render(scrambled))
        .isEqualTo(new MarkdownRenderer().render(sorted));
    assertThat(new JsonRenderer().render(scrambled)).isEqualTo(new JsonRenderer().render(sorted));
    String text = new TextRenderer(false).render(scrambled);
    assertThat(text.indexOf("tags.alpha")).isLessThan(text.indexOf("tags.mid"));
    assertThat(text.indexOf("tags.mid")).isLessThan(text.indexOf("tags.zeta"));
    assertThat(text.indexOf("name")).isLessThan(text.indexOf("tags.alpha"));
    assertThat(text.indexOf("tags.zeta")).isLessThan(text.indexOf("publicNetworkAccess"));
  }
}
