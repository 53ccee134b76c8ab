package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.diag.Diagnostic;
import dtplan.diag.InvalidSpecException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code --var-file} comes from the same kind of place as a spec and is read by the same bounded
 * reader: every hostile input ends in a placed error, never in a hang, an exhausted heap or a stack
 * trace.
 */
class VarFileTest {
  @TempDir Path dir;

  @Test
  void plainValuesAreReadAsText() throws Exception {
    Path file = write("rg: rg-factory\nreplicas: 3\nratio: 0.5\nenabled: true\nempty: \"\"\n");
    assertThat(VarFile.load(file))
        .containsExactly(
            Map.entry("rg", "rg-factory"),
            Map.entry("replicas", "3"),
            Map.entry("ratio", "0.5"),
            Map.entry("enabled", "true"),
            Map.entry("empty", ""));
  }

  @Test
  void aFewAnchorsAreFine() throws Exception {
    assertThat(VarFile.load(write("a: &x westeurope\nb: *x\n")))
        .containsEntry("a", "westeurope")
        .containsEntry("b", "westeurope");
  }

  @Test
  void wrongTypesAreEachPlacedAtTheirValue() {
    Path file = write("rg: rg-a\nlist: [a, b]\nmap: {a: b}\nnothing:\n");
    assertThat(problems(file))
        .containsExactly(
            "vars.yaml:2:7: error: var `list` must be a string, number or boolean, found a list",
            "vars.yaml:3:6: error: var `map` must be a string, number or boolean, found a mapping",
            "vars.yaml:4:9: error: var `nothing` must be a string, number or boolean, found"
                + " nothing\n  hint: write `nothing: \"\"` for an empty value");
  }

  @Test
  void aFileThatIsNotAMappingIsSaidAsSuch() {
    assertThat(problems(write("- a\n- b\n")))
        .containsExactly(
            "vars.yaml:1:1: error: a var file is a mapping of names to values, found a list\n"
                + "  hint: write one `NAME: value` per line");
    assertThat(problems(write("just text\n")))
        .singleElement()
        .asString()
        .startsWith(
            "vars.yaml:1:1: error: a var file is a mapping of names to values, found a value");
  }

  @Test
  void anEmptyFileSaysWhatToWrite() {
    assertThat(problems(write("")))
        .containsExactly(
            "vars.yaml:1:1: error: the var file is empty\n  hint: write one `NAME: value` per line");
  }

  @Test
  void aDuplicateNameNamesTheFirst() {
    assertThat(problems(write("rg: a\nrg: b\n")))
        .singleElement()
        .asString()
        .startsWith("vars.yaml:2:1: error: duplicate key `rg` (first defined at line 1)");
  }

  @Test
  @Timeout(10)
  void aBillionLaughsStopsAtTheAliasBound() {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [");
      yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*" + p))).append("]\n");
    }
    List<String> problems = problems(write(yaml.toString()));
    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("vars.yaml:")
        .contains("error: the var file uses more than 20 aliases (*name) to lists or mappings");
  }

  @Test
  void anAliasToItselfIsRefused() {
    assertThat(problems(write("a: &a [*a]\n")))
        .anySatisfy(p -> assertThat(p).contains("contains an alias (*name) to itself"));
  }

  @Test
  void aCustomTagConstructsNothing() {
    assertThat(problems(write("rg: !!javax.script.ScriptEngineManager [x]\n")))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("vars.yaml:1:5: error: YAML tag")
                    .contains("is not allowed"));
  }

  @Test
  @Timeout(10)
  void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
    Path big = dir.resolve("vars.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(60L * 1024 * 1024);
    }
    assertThat(problems(big))
        .containsExactly(
            "vars.yaml: error: the var file is larger than 4 MiB (dtplan reads at most 4 MiB from"
                + " any input)\n  hint: is it the right file? a device such as /dev/zero or an"
                + " endless pipe never ends");
  }

  @Test
  void aMissingFileIsAnErrorNotACrash() {
    assertThat(problems(dir.resolve("vars.yaml")))
        .containsExactly("vars.yaml: error: no such file\n  hint: check the path");
  }

  @Test
  void aFileThatIsNotUtf8IsSaidAsSuch() throws Exception {
    Path file = dir.resolve("vars.yaml");
    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});
    assertThat(problems(file))
        .singleElement()
        .asString()
        .startsWith("vars.yaml: error: the var file is not UTF-8 text");
  }

  private Path write(String text) {
    try {
      return Files.writeString(dir.resolve("vars.yaml"), text, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every problem, formatted as the CLI prints it, with the file named relative to the folder. */
  private List<String> problems(Path file) {
    try {
      VarFile.load(file);
    } catch (InvalidSpecException e) {
      return e.diagnostics().stream()
          .map(Diagnostic::format)
          .map(s -> s.replace(dir.toString() + "/", ""))
          .toList();
    }
    throw new AssertionError("expected " + file + " to be refused");
  }

  @Test
  void problemsComeAllAtOnce() {
    assertThatThrownBy(() -> VarFile.load(write("a: [1]\nb: [2]\n")))
        .isInstanceOf(InvalidSpecException.class)
        .satisfies(e -> assertThat(((InvalidSpecException) e).diagnostics()).hasSize(2));
  }
}
