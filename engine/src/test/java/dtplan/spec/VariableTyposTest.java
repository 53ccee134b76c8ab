package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.diag.Diagnostic;
import dtplan.diag.InvalidSpecException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A misspelt variable, on either side of the `=`, gets a "did you mean" (issue 18, item 9). */
class VariableTyposTest {
  @Test
  void aMisspeltEnvironmentVariableNamesTheOneThatIsSet() {
    String yaml =
        Specs.HEAD
            + """
            instances:
              twins-a:
                tags: {owner: "${env:DTPLAN_TEAM_NAM}"}
            """;
    assertThatThrownBy(() -> Specs.load(yaml, Map.of("DTPLAN_TEAM_NAME", "iot"), Map.of()))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e -> {
              Diagnostic d = e.diagnostics().get(0);
              assertThat(d.message()).contains("`DTPLAN_TEAM_NAM` is not set");
              assertThat(d.hint()).isEqualTo("did you mean `DTPLAN_TEAM_NAME`?");
              assertThat(d.format()).doesNotContain("iot");
            });
  }

  /** The pointer of a value is built only for a finding: in a list item and a nested mapping. */
  @Test
  void anUndefinedVariableIsPlacedInAListItemAndANestedMapping() {
    String yaml =
        Specs.HEAD
            + """
            instances:
              twins-a:
                identity: {system: true}
                roles:
                  - {role: Owner, scope: "${var.scop}"}
                tags: ["${var.tag}"]
            """;
    assertThatThrownBy(() -> Specs.load(yaml, Map.of(), Map.of("scope", "x")))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e -> {
              assertThat(e.diagnostics()).hasSize(2);
              assertThat(e.diagnostics().get(0).format())
                  .contains(":10:30:")
                  .contains("variable `scop` is not defined");
              assertThat(e.diagnostics().get(1).format())
                  .contains(":11:12:")
                  .contains("variable `tag` is not defined");
            });
  }

  @Test
  void aCommandLineVarNoExpressionUsesIsCaughtWithTheNearestName() {
    String text = "location: ${var.location}\nname: $${var.literal}\nrg: ${ var.rg }\n";
    assertThat(CommandLineVars.referenced(text)).containsExactlyInAnyOrder("location", "rg");
    List<Diagnostic> unused =
        CommandLineVars.unused("spec.yaml", text, Set.of("locaton", "rg", "literal", "zzz"));
    assertThat(unused)
        .extracting(Diagnostic::format)
        .containsExactly(
            "spec.yaml: error: --var `literal` is given, but the spec uses no ${var.literal}\n"
                + "  hint: remove it; the spec uses location, rg",
            "spec.yaml: error: --var `locaton` is given, but the spec uses no ${var.locaton}\n"
                + "  hint: did you mean `location`?",
            "spec.yaml: error: --var `zzz` is given, but the spec uses no ${var.zzz}\n"
                + "  hint: remove it; the spec uses location, rg");
  }
}
