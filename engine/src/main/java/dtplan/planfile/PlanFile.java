package dtplan.planfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.diag.Severity;
import dtplan.plan.Consequence;
import dtplan.plan.Plan;
import dtplan.plan.PlanScope;
import dtplan.plan.PlannedChange;
import dtplan.plan.ResourceAddress;
import dtplan.planfile.dto.PlanFileMapper;
import dtplan.planfile.dto.SavedSection;
import dtplan.planfile.dto.TargetDto;
import dtplan.render.JsonRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads and writes saved plans. A saved plan is the documented JSON plan ({@link JsonRenderer},
 * {@code docs/plan-format.md}) with one more top-level section, {@code saved}: what apply and
 * {@code show} need that the documented plan does not say (see {@link SavedSection}). Reading is
 * strict: the whole file is checked against {@code schemas/dtplan-plan.schema.json} (an unknown or
 * missing field is an error), and the documented part must be exactly what the saved section
 * renders to, or the plan is marked as edited.
 */
public final class PlanFile {
  static final String SAVED = "saved";
  static final String REMAKE = "make a new one with `dtplan plan SPEC --out FILE`";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private PlanFile() {}

  public static String write(SavedPlan saved) {
    JsonRenderer renderer = new JsonRenderer();
    ObjectNode document = renderer.tree(saved.plan());
    document.set(SAVED, MAPPER.valueToTree(section(saved)));
    return renderer.print(document);
  }

  private static SavedSection section(SavedPlan saved) {
    Plan plan = saved.plan();
    SavedTarget t = saved.target();
    return new SavedSection(
        saved.toolVersion(),
        t == null ? null : new TargetDto(t.kind(), t.subscription(), t.url()),
        plan.specFile(),
        new TreeMap<>(plan.liveDigests()),
        plan.changes().stream().map(PlanFileMapper::toDto).toList(),
        plan.deletedWithInstances().stream().map(PlanFileMapper::toDto).toList());
  }

  /** The saved plan, or an exception whose message says what is wrong with the file. */
  public static SavedPlan read(String json) throws InvalidPlanFileException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new InvalidPlanFileException(PlanFileProblems.notJson(e));
    }
    PlanFileProblems.checkVersion(tree);
    if (!tree.has(SAVED)) {
      throw new InvalidPlanFileException(
          "a JSON plan as `dtplan plan --format json` prints it, not a saved plan: it has no"
              + " `saved` section, which apply and show need; save one with `dtplan plan SPEC --out"
              + " FILE`");
    }
    PlanFileProblems.checkSchema(tree);
    SavedSection section;
    List<PlannedChange> changes;
    List<Consequence> consequences = new ArrayList<>();
    PlanScope scope;
    try {
      section = MAPPER.treeToValue(tree.get(SAVED), SavedSection.class);
      changes = section.changes().stream().map(PlanFileMapper::fromDto).toList();
      for (JsonNode c : tree.get("consequences")) {
        consequences.add(consequence(c));
      }
      scope =
          new PlanScope(
              tree.path("destroy").asBoolean(false),
              addresses(tree.path("targets")),
              addresses(tree.path("replace")));
    } catch (JsonProcessingException e) {
      throw new InvalidPlanFileException(PlanFileProblems.damaged(e));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidPlanFileException(
          "the plan file is damaged: " + e.getMessage() + "; " + REMAKE);
    }
    Plan plan =
        new Plan(
            tree.get("target").asText(),
            tree.get("stack").asText(),
            tree.get("subscription").asText(),
            tree.get("resource_group").asText(),
            section.specFile(),
            tree.path("spec_digest").isTextual() ? tree.get("spec_digest").asText() : null,
            changes,
            consequences,
            section.liveDigests(),
            section.deletedWith().stream().map(PlanFileMapper::fromDto).toList(),
            scope);
    TargetDto t = section.target();
    SavedTarget target = new SavedTarget(t.kind(), t.subscription(), t.url());
    PlanFileProblems.checkTarget(target, plan.subscription());
    return new SavedPlan(section.toolVersion(), target, plan, edited(tree, plan));
  }

  /** The addresses of a documented list (absent in plans saved before scopes existed). */
  private static List<ResourceAddress> addresses(JsonNode list) {
    List<ResourceAddress> out = new ArrayList<>();
    list.forEach(a -> out.add(ResourceAddress.parse(a.asText())));
    return out;
  }

  private static Consequence consequence(JsonNode c) {
    return new Consequence(
        PlanFileMapper.upper(Severity.class, c.get("severity").asText(), "severity"),
        PlanFileMapper.upper(Consequence.Code.class, c.get("code").asText(), "consequence code"),
        c.get("address").asText(),
        c.get("message").asText(),
        c.has("hint") ? c.get("hint").asText() : null);
  }

  /** Where the documented plan is not what the saved section renders to; empty when it is. */
  private static Optional<String> edited(JsonNode tree, Plan plan) {
    ObjectNode documented = ((ObjectNode) tree).deepCopy();
    documented.remove(SAVED);
    JsonNode rendered;
    try {
      // Through text, so that numbers compare as parsed numbers (the renderer writes longs).
      rendered = MAPPER.readTree(new JsonRenderer().render(plan));
    } catch (IOException | RuntimeException e) {
      // A saved section edited into something the renderer cannot lay out is an edit too.
      return Optional.of("its saved changes cannot be shown (" + e.getMessage() + ")");
    }
    return JsonDifference.first(rendered, documented);
  }
}
