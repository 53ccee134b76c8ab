package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.input.InputFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest a saved plan uses to recognise its spec file. */
class SpecDigestTest {
  @TempDir Path dir;

  @Test
  void isTheSha256OfTheTextSoItIsStableAcrossRunsAndMachines() {
    // Computed with `printf 'version: 1\n' | sha256sum`: a plan saved by one build is checked by
    // another, so the value itself is the contract, not just its repeatability.
    assertThat(SpecDigest.ofText("version: 1\n"))
        .isEqualTo("09bfcc6a14b83e2192b8673677725c84883ee9cd0c70e45c9ec09daa8f2b2847");
  }

  @Test
  void anyEditChangesIt() {
    String spec = Specs.HEAD + "instances:\n  twins-a: {}\n";
    String digest = SpecDigest.ofText(spec);
    assertThat(SpecDigest.ofText(spec)).isEqualTo(digest);
    assertThat(SpecDigest.ofText(spec.replace("twins-a", "twins-b"))).isNotEqualTo(digest);
    assertThat(SpecDigest.ofText(spec + "# a comment\n")).isNotEqualTo(digest);
    assertThat(SpecDigest.ofText(spec.replace("\n", "\r\n"))).isNotEqualTo(digest);
  }

  @Test
  void ofAFileIsOfItsText() throws Exception {
    String spec = Specs.HEAD + "instances:\n  tw\u00efns: {}\n";
    Path file = Files.writeString(dir.resolve("twins.yaml"), spec, StandardCharsets.UTF_8);
    assertThat(SpecDigest.of(file)).isEqualTo(SpecDigest.ofText(spec));
    Files.writeString(file, spec.replace("tw\u00efns", "twins"), StandardCharsets.UTF_8);
    assertThat(SpecDigest.of(file)).isNotEqualTo(SpecDigest.ofText(spec));
  }

  @Test
  void aMissingFileIsSaidAsSuch() {
    assertThatThrownBy(() -> SpecDigest.of(dir.resolve("absent.yaml")))
        .isInstanceOf(InputFileException.class)
        .hasMessage("no such file");
  }
}
