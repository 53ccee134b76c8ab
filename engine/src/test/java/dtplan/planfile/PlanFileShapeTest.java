package dtplan.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.plan.Plan;
import dtplan.provider.ReadRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plan file that is cut short, hand-made or garbage is refused with what is wrong and how to get
 * a good one, never bound with nulls to fail later as an internal error.
 */
class PlanFileShapeTest {
  private static final String WHOLE =
      PlanFile.write(
          new SavedPlan(
              SavedPlan.FORMAT_VERSION,
              "test",
              SavedTarget.azure("sub"),
              new ReadRequest("sub", "rg", "stack", List.of(), List.of(), List.of(), List.of()),
              new Plan(
                  "sandbox",
                  "stack",
                  "sub",
                  "rg",
                  "spec.yaml",
                  "digest",
                  List.of(),
                  List.of(),
                  Map.of())));

  @Test
  void aWholeFileReadsBack() throws InvalidPlanFileException {
    assertThat(PlanFile.read(WHOLE).plan().specFile()).isEqualTo("spec.yaml");
  }

  @Test
  void theTargetReadsBack() throws InvalidPlanFileException {
    assertThat(PlanFile.read(WHOLE).target()).isEqualTo(SavedTarget.azure("sub"));
    String sandbox =
        WHOLE.replace(
            "\"kind\" : \"azure\",\n    \"subscription\" : \"sub\"",
            "\"kind\" : \"sandbox\",\n    \"url\" : \"http://127.0.0.1:1/\"");
    assertThat(sandbox).isNotEqualTo(WHOLE);
    assertThat(PlanFile.read(sandbox).target())
        .isEqualTo(SavedTarget.sandbox("http://127.0.0.1:1/"));
  }

  @Test
  void aFileOfFormat10HasNoTargetAndStillReads() throws InvalidPlanFileException {
    String old =
        WHOLE
            .replaceFirst("\"target\" : \\{[^}]*},", "")
            .replace("\"formatVersion\" : \"1.1\"", "\"formatVersion\" : \"1.0\"");
    assertThat(old).doesNotContain("\"target\" : {").contains("\"1.0\"");
    assertThat(PlanFile.read(old).target()).isNull();
  }

  @Test
  void aTargetThatIsNotThePlansSubscriptionIsRefused() {
    String elsewhere =
        WHOLE.replace("\"subscription\" : \"sub\"\n  }", "\"subscription\" : \"other\"\n  }");
    assertThat(elsewhere).isNotEqualTo(WHOLE);
    assertThatThrownBy(() -> PlanFile.read(elsewhere))
        .isInstanceOf(InvalidPlanFileException.class)
        .hasMessageContaining("`target.subscription`");
    String unknownKind = WHOLE.replace("\"kind\" : \"azure\"", "\"kind\" : \"mainframe\"");
    assertThatThrownBy(() -> PlanFile.read(unknownKind))
        .isInstanceOf(InvalidPlanFileException.class)
        .hasMessageContaining("`target.kind`");
  }

  @Test
  void onlyAFormatVersionNamesWhatIsMissing() {
    assertThatThrownBy(() -> PlanFile.read("{\"formatVersion\":\"1.0\"}"))
        .isInstanceOf(InvalidPlanFileException.class)
        .hasMessage(
            "not a complete dtplan plan file: `plan`, `readRequest` are missing or of the wrong"
                + " type (was it cut short or edited?); make a new one with `dtplan plan SPEC"
                + " --out FILE`");
  }

  @Test
  void aMissingInnerPartIsNamedByItsPath() {
    String withoutChanges = WHOLE.replaceFirst("\"changes\" : \\[ \\],", "");
    assertThat(withoutChanges).isNotEqualTo(WHOLE);
    assertThatThrownBy(() -> PlanFile.read(withoutChanges))
        .hasMessageStartingWith("not a complete dtplan plan file: `plan.changes` is missing");
  }

  @Test
  void aFileCutShortSaysSoAndWhere() {
    assertThatThrownBy(() -> PlanFile.read(WHOLE.substring(0, WHOLE.length() / 2)))
        .isInstanceOf(InvalidPlanFileException.class)
        .hasMessageContaining("not valid JSON at line")
        .hasMessageContaining("was it cut short?")
        .hasMessageEndingWith("make a new one with `dtplan plan SPEC --out FILE`");
  }

  @Test
  void garbageAndOtherJsonAreNotPlanFiles() {
    assertThatThrownBy(() -> PlanFile.read("{garbage"))
        .hasMessageStartingWith("not a dtplan plan file: it is not valid JSON at line 1, column 2");
    for (String other : List.of("[]", "null", "", "42")) {
      assertThatThrownBy(() -> PlanFile.read(other))
          .as(other)
          .isInstanceOf(InvalidPlanFileException.class)
          .hasMessageStartingWith("not a dtplan plan file");
    }
  }
}
