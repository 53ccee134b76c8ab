package dtplan.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.plan.Plan;
import dtplan.render.GoldenScenariosTest;
import dtplan.render.JsonRenderer;
import dtplan.render.RenderChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A saved plan is the documented JSON plan plus a {@code saved} section, and reads back as the plan
 * it was written from. A file that is not exactly that (another version, a field unknown or
 * missing, a documented part edited) is refused or marked as edited, never bound with guesses.
 */
class PlanFileTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path MIGRATION = GoldenScenariosTest.ROOT.resolve("key-to-identity-migration");

  static SavedPlan saved(Plan plan) {
    return new SavedPlan("test", SavedTarget.azure(plan.subscription()), plan);
  }

  static String migration() throws IOException {
    return PlanFile.write(saved(GoldenScenariosTest.plan(MIGRATION)));
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenPlanSavedReadsBackAsTheSamePlan() throws IOException {
    return GoldenScenariosTest.scenarios().stream()
        .filter(dir -> Files.exists(dir.resolve("expected.json")))
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      Plan plan = GoldenScenariosTest.plan(dir);
                      String file = PlanFile.write(saved(plan));
                      assertThat(RenderChecks.schemaProblems(file)).isEmpty();
                      SavedPlan read = PlanFile.read(file);
                      assertThat(read.edited()).isEmpty();
                      assertThat(read.target()).isEqualTo(SavedTarget.azure(plan.subscription()));
                      // show --graph draws the order the read plan's changes give: apply's own.
                      assertThat(
                              dtplan.graph.GraphFormats.mermaid(
                                  dtplan.graph.PlanGraph.of(read.plan())))
                          .isEqualTo(
                              dtplan.graph.GraphFormats.mermaid(dtplan.graph.PlanGraph.of(plan)));
                      assertThat(SavedPlanCheck.ofPlan(read, plan))
                          .isInstanceOf(SavedPlanVerdict.Carry.class);
                      assertThat(new JsonRenderer().render(read.plan()))
                          .isEqualTo(new JsonRenderer().render(plan));
                      assertThat(read.plan().liveDigests()).isEqualTo(plan.liveDigests());
                      assertThat(read.plan().specFile()).isEqualTo(plan.specFile());
                      // apply derives a saved destroy or targeted plan again in its own scope
                      assertThat(read.plan().scope()).isEqualTo(plan.scope());
                    }));
  }

  /**
   * The file format, pinned: renaming a field of an internal record must not change it. {@code
   * -Ddtplan.regenerate=true} rewrites the file and fails on purpose; read the diff.
   */
  @Test
  void theSavedPlanOfAGoldenScenarioIsPinned() throws IOException {
    Path golden = Path.of("src/test/resources/planfile/key-to-identity-migration.saved.json");
    String file = migration();
    if (Boolean.getBoolean("dtplan.regenerate")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, file);
      throw new AssertionError("rewrote " + golden + "; review the diff and run again");
    }
    assertThat(file).isEqualTo(Files.readString(golden));
  }

  @Test
  void theDocumentedPartIsThePlanAsJsonByteForByte() throws IOException {
    String file = migration();
    String json = new JsonRenderer().render(GoldenScenariosTest.plan(MIGRATION));
    // The saved section comes last, after the consequences' closing bracket.
    String documented = json.substring(0, json.lastIndexOf("]") + 1);
    assertThat(file).startsWith(documented + ",\n  \"saved\": {");
    assertThat(Files.readString(MIGRATION.resolve("expected.json"))).isEqualTo(json);
  }

  @Test
  void aPlanAsPlanFormatJsonPrintsItIsNotASavedPlan() throws IOException {
    String json = Files.readString(MIGRATION.resolve("expected.json"));
    assertThatThrownBy(() -> PlanFile.read(json))
        .isInstanceOf(InvalidPlanFileException.class)
        .hasMessageContaining("not a saved plan")
        .hasMessageContaining("--out FILE");
  }

  @Test
  void aPlanFileOfFormat1IsRefusedAsMadeByAnOlderDtplan() {
    for (String old :
        List.of(
            "{\"formatVersion\":\"1.1\",\"plan\":{},\"readRequest\":{}}",
            "{\"format_version\":\"1.1\",\"saved\":{}}")) {
      assertThatThrownBy(() -> PlanFile.read(old))
          .as(old)
          .isInstanceOf(InvalidPlanFileException.class)
          .hasMessageContaining("(format 1.1) was made by an older dtplan; run plan again");
    }
  }

  @Test
  void aPlanFileOfANewerFormatSaysSo() throws IOException {
    String newer =
        migration().replace("\"format_version\": \"2.0\"", "\"format_version\": \"2.1\"");
    assertThatThrownBy(() -> PlanFile.read(newer))
        .hasMessageContaining("(format 2.1) was made by a newer dtplan");
  }

  @Test
  void anUnknownFieldAnywhereIsRefusedByItsPath() throws IOException {
    assertRefused(tree -> ((ObjectNode) tree).put("extra", 1), "unknown field `extra`");
    assertRefused(
        tree -> ((ObjectNode) tree.path("saved")).put("extra", 1), "unknown field `saved.extra`");
    assertRefused(
        tree -> ((ObjectNode) tree.at("/saved/changes/0")).put("extra", 1),
        "unknown field `saved.changes[0].extra`");
    assertRefused(
        tree -> ((ObjectNode) tree.at("/resource_changes/0/change")).put("extra", 1),
        "unknown field `resource_changes[0].change.extra`");
  }

  @Test
  void aMissingFieldIsRefusedByItsPath() throws IOException {
    assertRefused(
        tree -> ((ObjectNode) tree.path("saved")).remove("spec_file"),
        "missing field `saved.spec_file`");
    assertRefused(
        tree -> ((ObjectNode) tree.at("/saved/changes/0")).remove("unknowns"),
        "missing field `saved.changes[0].unknowns`");
    assertRefused(tree -> ((ObjectNode) tree).remove("stack"), "missing field `stack`");
  }

  @Test
  void aTargetThatIsNotThePlansSubscriptionIsRefused() throws IOException {
    assertRefused(
        tree -> ((ObjectNode) tree.at("/saved/target")).put("subscription", "other"),
        "`saved.target.subscription`");
  }

  @Test
  void anEditedDocumentedPartReadsButIsMarkedAsEditedWhere() throws Exception {
    JsonNode tree = JSON.readTree(migration());
    ObjectNode first = (ObjectNode) tree.at("/resource_changes/0");
    String address = first.path("address").asText();
    first.put("id", "/subscriptions/x/elsewhere");
    SavedPlan read = PlanFile.read(JSON.writeValueAsString(tree));
    assertThat(read.edited())
        .hasValue("`resource_changes[0].id` differs (the entry for " + address + ")");
  }

  @Test
  void anEditedSavedChangeIsMarkedAsEditedToo() throws Exception {
    JsonNode tree = JSON.readTree(migration());
    ObjectNode attribute = (ObjectNode) tree.at("/saved/changes/0/attributes/0");
    attribute.put("path", "renamed");
    assertThat(PlanFile.read(JSON.writeValueAsString(tree)).edited()).isPresent();
  }

  @Test
  void aValueOutOfRangeIsADamagedFileNotACrash() throws IOException {
    assertRefused(
        tree -> ((ObjectNode) tree.at("/saved/changes/0")).put("reason", "made_up"),
        "`made_up` is not a known reason");
  }

  @Test
  void aFileCutShortSaysSoAndWhere() throws IOException {
    String whole = migration();
    assertThatThrownBy(() -> PlanFile.read(whole.substring(0, whole.length() / 2)))
        .isInstanceOf(InvalidPlanFileException.class)
        .hasMessageContaining("not valid JSON at line")
        .hasMessageContaining("was it cut short?")
        .hasMessageEndingWith("make a new one with `dtplan plan SPEC --out FILE`");
  }

  @Test
  void garbageAndOtherJsonAreNotPlanFiles() {
    assertThatThrownBy(() -> PlanFile.read("{garbage"))
        .hasMessageStartingWith("not a dtplan plan file: it is not valid JSON at line 1, column 2");
    for (String other : List.of("[]", "null", "", "42", "{}")) {
      assertThatThrownBy(() -> PlanFile.read(other))
          .as(other)
          .isInstanceOf(InvalidPlanFileException.class)
          .hasMessageStartingWith("not a dtplan plan file");
    }
  }

  private static void assertRefused(Consumer<JsonNode> edit, String expected) throws IOException {
    JsonNode tree = JSON.readTree(migration());
    edit.accept(tree);
    String edited = JSON.writeValueAsString(tree);
    assertThatThrownBy(() -> PlanFile.read(edited))
        .isInstanceOf(InvalidPlanFileException.class)
        .hasMessageContaining(expected);
  }

  /** A spec key with a dot is one address in the file too: the saved plan is carried out. */
  @org.junit.jupiter.api.Test
  void aKeyWithADotSurvivesTheRoundTrip() throws Exception {
    Plan plan =
        new dtplan.plan.Planner()
            .plan(
                "test",
                dtplan.fixtures.Fixtures.spec(
                    dtplan.fixtures.Fixtures.HEADER
                        + """
                        instances:
                          plant.north:
                            name: plant-north
                        """),
                new dtplan.provider.ReadResponse(
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    java.util.Map.of()),
                "d");
    SavedPlan read = PlanFile.read(PlanFile.write(saved(plan)));
    assertThat(read.plan().changes().get(0).address().toString())
        .isEqualTo("instances[\"plant.north\"]");
    assertThat(SavedPlanCheck.ofPlan(read, plan)).isInstanceOf(SavedPlanVerdict.Carry.class);
  }
}
