package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.diag.Diagnostic;
import dtplan.diag.InvalidSpecException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * YAML 1.1 merge keys ({@code <<: *base}) are accepted with their meaning: the mapping's own keys
 * win, wherever the {@code <<} stands, and of several merged mappings the first wins. Overriding a
 * merged key is the reason merge keys exist, so it is not a duplicate.
 */
class MergeKeysTest {
  private static final String BASE =
      Specs.HEAD
          + """
          instances:
            base: &base
              identity: {system: true}
              tags: {team: iot, tier: gold}
          """;

  @Test
  void anOwnKeyAfterTheMergeOverridesIt() throws InvalidSpecException {
    Spec spec =
        Specs.load(
            BASE
                + """
                  second:
                    <<: *base
                    tags: {team: ops}
                """);
    assertThat(spec.instances().get("second").tags()).isEqualTo(Map.of("team", "ops"));
    assertThat(spec.instances().get("second").systemIdentity()).isTrue();
    assertThat(spec.instances().get("base").tags()).containsEntry("team", "iot");
  }

  @Test
  void anOwnKeyBeforeTheMergeStillWins() throws InvalidSpecException {
    Spec spec =
        Specs.load(
            BASE
                + """
                  second:
                    tags: {team: ops}
                    <<: *base
                """);
    assertThat(spec.instances().get("second").tags()).containsEntry("team", "ops");
  }

  @Test
  void ofSeveralMergedMappingsTheFirstWins() throws InvalidSpecException {
    Spec spec =
        Specs.load(
            Specs.HEAD
                + """
                instances:
                  twins:
                    <<: [{tags: {from: a}}, {tags: {from: b}, identity: {system: true}}]
                """);
    assertThat(spec.instances().get("twins").tags()).containsEntry("from", "a");
    assertThat(spec.instances().get("twins").systemIdentity()).isTrue();
  }

  @Test
  void anErrorInAnOverridingValueIsPlacedAtTheOverride() {
    assertThatThrownBy(
            () ->
                Specs.load(
                    BASE
                        + """
                          second:
                            <<: *base
                            identity: {system: maybe}
                        """))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(Diagnostic::format)
                    .anySatisfy(f -> assertThat(f).startsWith("test.yaml:12:")));
  }

  @Test
  void anOwnKeyWrittenTwiceIsStillADuplicate() {
    assertThatThrownBy(
            () ->
                Specs.load(
                    BASE
                        + """
                          second:
                            <<: *base
                            tags: {team: ops}
                            tags: {team: dev}
                        """))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(Diagnostic::format)
                    .containsExactly(
                        "test.yaml:13:5: error: duplicate key `tags` (first defined at line 12)\n"
                            + "  hint: remove one of them; YAML keeps only one value per key"));
  }
}
