package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Connection strings, access keys and dead-letter SAS URLs must never reach a message: messages end
 * up in terminals, CI logs and bug reports. Every secret in the corpus (literal or from the
 * environment) contains {@link Corpus#SECRET_MARKER}.
 */
class SecretsNeverShownTest {
  @Test
  void noDiagnosticInTheCorpusShowsASecret() {
    int withSecrets = 0;
    for (String spec : Corpus.badSpecs()) {
      for (Diagnostic d : Corpus.diagnose(spec)) {
        assertThat(d.format()).as(spec).doesNotContain(Corpus.SECRET_MARKER);
      }
      withSecrets += Corpus.badSpecs().contains(spec) && usesSecrets(spec) ? 1 : 0;
    }
    // The check means something only if the corpus does put secrets where errors are found.
    assertThat(withSecrets).isGreaterThanOrEqualTo(10);
  }

  private static boolean usesSecrets(String spec) {
    try {
      String text = java.nio.file.Files.readString(Corpus.BAD.resolve(spec));
      return text.contains(Corpus.SECRET_MARKER) || text.contains("${env:DTPLAN_TEST_");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
