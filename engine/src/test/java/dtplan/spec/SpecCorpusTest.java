package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dtplan.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bad spec must fail with exactly the diagnostics in its {@code .expected} file. Run with
 * {@code -Ddtplan.regenerate=true} to rewrite those files from the loader's output; every
 * regenerated case then fails on purpose, so a regeneration can never pass unnoticed (in CI or
 * anywhere): review the diff, then run again without the switch.
 */
class SpecCorpusTest {
  private static final boolean REGENERATE = Boolean.getBoolean("dtplan.regenerate");

  static Stream<String> badSpecs() {
    return Corpus.badSpecs().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSpecs")
  void reportsExactlyTheExpectedDiagnostics(String spec) throws IOException {
    List<Diagnostic> diagnostics = Corpus.diagnose(spec);
    assertThat(diagnostics).as("%s must be rejected", spec).isNotEmpty();
    String actual = Corpus.render(diagnostics);
    Path expected = Corpus.expectedFile(spec);
    if (REGENERATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      fail("regenerated " + expected + "; review it and run again without -Ddtplan.regenerate");
    }
    assertThat(expected).as("expected diagnostics for %s", spec).exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void theCorpusIsLargeAndHasNoOrphans() throws IOException {
    List<String> specs = Corpus.badSpecs();
    assertThat(specs).hasSizeGreaterThanOrEqualTo(45);
    try (Stream<Path> files = Files.list(Corpus.BAD)) {
      List<String> orphans =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".expected"))
              .filter(n -> !specs.contains(n.replace(".expected", ".yaml")))
              .toList();
      assertThat(orphans).as("expected files without a spec").isEmpty();
    }
  }

  @Test
  void everyDiagnosticHasAPlaceInItsFile() {
    for (String spec : Corpus.badSpecs()) {
      for (Diagnostic d : Corpus.diagnose(spec)) {
        assertThat(d.location().file()).as(d.format()).isEqualTo(spec);
        assertThat(d.location().line()).as(d.format()).isPositive();
        assertThat(d.location().column()).as(d.format()).isPositive();
      }
    }
  }
}
