package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.diag.Diagnostic;
import dtplan.diag.InvalidSpecException;
import org.junit.jupiter.api.Test;

/**
 * Keys are bounded at YAML's 1,024 characters, and a longer one is called that, wherever it stands
 * (the corpus has an indented and an explicit one; these are the top-level and the boundary).
 */
class LongKeysTest {
  @Test
  void aHundredThousandCharacterKeyAtTheTopIsCalledTooLong() {
    String spec = Specs.HEAD + "k".repeat(100_000) + ": 1\n";
    assertThatThrownBy(() -> Specs.load(spec))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(Diagnostic::format)
                    .containsExactly(
                        "test.yaml:6:1: error: a key of 100,000 characters; keys are at most 1,024"
                            + " characters\n"
                            + "  hint: keys name things (instances, endpoints, tags); is a value"
                            + " written where a key belongs?"));
  }

  @Test
  void aKeyOfExactlyTheBoundIsJudgedByTheNameRules() {
    String spec = Specs.HEAD + "instances:\n  " + "t".repeat(1024) + ": {}\n";
    assertThatThrownBy(() -> Specs.load(spec))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(Diagnostic::message)
                    .singleElement()
                    .asString()
                    .contains("has 1024 characters, expected 3-63"));
  }
}
