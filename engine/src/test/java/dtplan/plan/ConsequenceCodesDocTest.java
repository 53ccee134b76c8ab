package dtplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The consequence codes the docs list are the ones the engine emits, with the severities it emits
 * them with: docs/plan-format.md's table, and pr-review.md's table for reviewers.
 */
class ConsequenceCodesDocTest {
  private static final Pattern ROW = Pattern.compile("(?m)^\\s*\\| `([A-Z_]+)` \\| ([a-z, ]+) \\|");
  private static final Pattern EMITTED =
      Pattern.compile("Consequence\\.(error|warning)\\(\\s*Consequence\\.Code\\.([A-Z_]+)");

  private static Map<String, Set<String>> table(String doc) throws IOException {
    Map<String, Set<String>> out = new TreeMap<>();
    Matcher m = ROW.matcher(Files.readString(Path.of("../docs", doc)));
    while (m.find()) {
      Set<String> severities =
          Arrays.stream(m.group(2).split(",|\\bor\\b"))
              .map(String::trim)
              .filter(s -> !s.isEmpty())
              .collect(Collectors.toCollection(TreeSet::new));
      out.put(m.group(1), severities);
    }
    return out;
  }

  /** Each code with the severities some {@code Consequence.error/warning(...)} call gives it. */
  private static Map<String, Set<String>> emitted() throws IOException {
    Map<String, Set<String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dtplan"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = EMITTED.matcher(Files.readString(f));
        while (m.find()) {
          out.computeIfAbsent(m.group(2), k -> new TreeSet<>()).add(m.group(1));
        }
      }
    }
    return out;
  }

  @Test
  void planFormatListsEveryCodeWithTheSeverityTheEngineGivesIt() throws IOException {
    Map<String, Set<String>> emitted = emitted();
    assertThat(emitted.keySet())
        .as("every code is emitted somewhere, and only these")
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Consequence.Code.values()).map(Enum::name).toList());
    assertThat(table("plan-format.md")).isEqualTo(emitted);
  }

  @Test
  void theReviewersTableHasEveryCode() throws IOException {
    Map<String, Set<String>> review = table("pr-review.md");
    assertThat(review.keySet())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Consequence.Code.values()).map(Enum::name).toList());
    emitted()
        .forEach(
            (code, severities) ->
                assertThat(severities).contains(review.get(code).iterator().next()));
  }
}
