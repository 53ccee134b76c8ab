package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dtplan.diag.Diagnostic;
import dtplan.diag.InvalidSpecException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A value that arrives through {@code ${var.…}} or {@code ${env:…}} is checked exactly like one
 * written in the file, and an env value a check refuses is named by its expression, not shown.
 */
class SubstitutedValuesTest {
  private static final String SPEC =
      """
      version: 1
      stack: test
      azure:
        resourceGroup: ${var.rg}
        location: westeurope
      instances:
        twins:
          identity: {system: true}
      """;

  @Test
  void aVarThatLooksLikeAnExpressionStillMeetsTheNameRule() {
    assertThatThrownBy(() -> Specs.load(SPEC, Map.of(), Map.of("rg", "${x}/../..")))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(Diagnostic::format)
                    .containsExactly(
                        "test.yaml:4:18: error: `azure.resourceGroup`: found `${x}/../..`, expected"
                            + " 1-90 letters, digits, '-', '_', '.', '(' or ')'"));
  }

  @Test
  void theShippedSchemaKeepsItsEscapeForEditorsButTheLoaderChecksWithout() throws IOException {
    JsonNode shipped;
    try (InputStream in = SpecSchema.class.getResourceAsStream(SpecSchema.RESOURCE)) {
      shipped = new ObjectMapper().readTree(in);
    }
    assertThat(withEscape(shipped)).isGreaterThanOrEqualTo(5);
    assertThat(withEscape(SpecSchema.withoutExpressionEscape(shipped))).isZero();
  }

  private static long withEscape(JsonNode schema) {
    return schema.findValues("pattern").stream().filter(p -> p.asText().contains("\\$\\{")).count();
  }

  @Test
  void anEnvValueRefusedInANonSecretFieldIsShownAsItsExpression() {
    String secret = "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKey=TOPSECRET";
    assertThatThrownBy(
            () ->
                Specs.load(SPEC.replace("${var.rg}", "${env:SB}"), Map.of("SB", secret), Map.of()))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(Diagnostic::format)
                    .containsExactly(
                        "test.yaml:4:18: error: `azure.resourceGroup`: found `${env:SB}`, expected"
                            + " 1-90 letters, digits, '-', '_', '.', '(' or ')'"));
  }

  @Test
  void anUnclosedExpressionIsAnErrorAtItsDollar() {
    assertThatThrownBy(
            () ->
                Specs.load(
                    SPEC.replace("${var.rg}", "\"rg-${env:SB\""), Map.of("SB", "x"), Map.of()))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(Diagnostic::format)
                    .containsExactly(
                        "test.yaml:4:22: error: `${` is never closed: an expression ends with `}`\n"
                            + "  hint: write ${env:NAME}, ${var.NAME} or ${azure.subscription}; for"
                            + " a literal ${, write $${…}"));
  }
}
