package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThatCode;

import dtplan.diag.InvalidSpecException;
import dtplan.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A spec either loads or fails with {@link InvalidSpecException}; anything else (a stack trace) is
 * a loader bug. Specs with lines cut off, left out, or indented wrongly reach corners that
 * hand-written cases miss.
 */
class NoCrashTest {
  @Test
  void mutilatedSpecsNeverCrashTheLoader() throws Exception {
    List<String> sources = new ArrayList<>();
    try (Stream<Path> examples = Files.list(ExamplesTest.EXAMPLES)) {
      for (Path p : examples.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        sources.add(Files.readString(p));
      }
    }
    for (String spec : Corpus.badSpecs()) {
      sources.add(Files.readString(Corpus.BAD.resolve(spec)));
    }
    SpecLoader loader = new SpecLoader();
    SpecOptions options = new SpecOptions(ExamplesTest.ENV, Map.of("x", "y"), null, Fixtures.SUB);
    for (String source : sources) {
      List<String> lines = source.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        List<String> without = new ArrayList<>(lines);
        without.remove(i);
        List<String> shifted = new ArrayList<>(lines);
        shifted.set(i, " " + lines.get(i));
        for (String variant :
            List.of(
                String.join("\n", lines.subList(0, i)),
                String.join("\n", without),
                String.join("\n", shifted))) {
          assertThatCode(
                  () -> {
                    try {
                      loader.parse("mutant.yaml", variant, options);
                    } catch (InvalidSpecException expected) {
                      // a clean refusal
                    }
                  })
              .as("%s", variant)
              .doesNotThrowAnyException();
        }
      }
    }
  }
}
