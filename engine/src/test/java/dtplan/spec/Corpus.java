package dtplan.spec;

import dtplan.diag.Diagnostic;
import dtplan.diag.InvalidSpecException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bad-spec corpus: {@code spec-corpus/bad/NAME.yaml}, each with {@code NAME.expected} holding
 * the exact {@link Diagnostic#format()} output. Read from the source tree (tests run in {@code
 * engine/}) so that regenerating writes the files a reviewer diffs.
 */
final class Corpus {
  static final Path BAD = Path.of("src/test/resources/spec-corpus/bad");

  /** Every secret value in the corpus contains this, so a leak is easy to spot. */
  static final String SECRET_MARKER = "s3cr3t";

  static final String SUBSCRIPTION = dtplan.fixtures.Fixtures.SUB;

  static final SpecOptions OPTIONS =
      new SpecOptions(
          Map.of(
              "DTPLAN_TEST_EH",
              "Endpoint=sb://ns-corpus.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=s3cr3t-eh;EntityPath=telemetry",
              "DTPLAN_TEST_SB",
              "Endpoint=sb://sb-corpus.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=s3cr3t-sb;EntityPath=alerts",
              "DTPLAN_TEST_EG_KEY",
              "s3cr3t-eg-key",
              "DTPLAN_TEST_SAS",
              "https://stcorpus.blob.core.windows.net/deadletter?sv=2022-11-02&sig=s3cr3t-sas"),
          Map.of("region", "westeurope", "team", "iot"),
          null,
          SUBSCRIPTION);

  private Corpus() {}

  static List<String> badSpecs() {
    try (Stream<Path> files = Files.list(BAD)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path expectedFile(String spec) {
    return BAD.resolve(spec.substring(0, spec.length() - ".yaml".length()) + ".expected");
  }

  /**
   * The diagnostics for a corpus spec. The spec is named by its bare file name so the expected
   * files do not depend on where the tests run.
   */
  static List<Diagnostic> diagnose(String spec) {
    String text;
    try {
      text = Files.readString(BAD.resolve(spec), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      new SpecLoader().parse(spec, text, OPTIONS);
    } catch (InvalidSpecException e) {
      return e.diagnostics();
    }
    return List.of();
  }

  static String render(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n", "", "\n"));
  }
}
