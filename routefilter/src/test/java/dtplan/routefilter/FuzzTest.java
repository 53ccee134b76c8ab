package dtplan.routefilter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random filters. Pieces of the token alphabet glued at random must never make the parser
 * throw, and every error must point at the text it names; filters built from the grammar must
 * parse.
 */
class FuzzTest {
  private static final List<String> PIECES =
      List.of(
          "type",
          "$body.x",
          "$body.",
          "'a'",
          "'",
          "''",
          "(",
          ")",
          ",",
          "=",
          "!=",
          "<",
          "<=",
          ">",
          ">=",
          "<>",
          "!",
          "AND",
          "or",
          "Not",
          "true",
          "false",
          "null",
          "TRUE",
          "5",
          "5.5",
          ".",
          "-",
          "$",
          "STARTS_WITH",
          "CONTAINS(",
          "FOO(",
          "\"",
          " ",
          " ",
          "\n",
          "\r\n",
          "\t",
          "😀",
          "é",
          "\\");

  @Test
  void randomTokenSoupIsRefusedCleanlyOrAccepted() {
    Random random = new Random(20_240_117L);
    int refused = 0;
    for (int i = 0; i < 30_000; i++) {
      StringBuilder filter = new StringBuilder();
      int length = random.nextInt(14);
      for (int j = 0; j < length; j++) {
        filter.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      Optional<FilterError> result = RouteFilter.check(filter.toString());
      assertThat(RouteFilter.check(filter.toString())).isEqualTo(result);
      if (result.isPresent()) {
        refused++;
        pointsAtWhatItNames(filter.toString(), result.get());
      }
    }
    // The soup is mostly nonsense: if nearly nothing is refused, the parser accepts too much.
    assertThat(refused).isGreaterThan(25_000);
  }

  @Test
  void filtersBuiltFromTheGrammarParse() {
    Random random = new Random(7L);
    for (int i = 0; i < 5_000; i++) {
      String filter = random.nextInt(20) == 0 ? "true" : or(random, 0);
      assertThat(RouteFilter.check(filter)).as(filter).isEmpty();
    }
  }

  private static void pointsAtWhatItNames(String filter, FilterError e) {
    String[] lines = filter.split("\n", -1);
    assertThat(e.line()).as(filter).isBetween(1, lines.length);
    String line = lines[e.line() - 1];
    assertThat(e.position()).as(filter).isBetween(1, line.length() + 1);
    assertThat(e.message()).isNotBlank();
    assertThat(e.expected()).isNotBlank();
    assertThat(e.azureMessage()).contains("Message=" + e.message() + ". See");
    String rest = line.substring(e.position() - 1);
    switch (e.kind()) {
      case UNEXPECTED_END -> assertThat(line.substring(e.position() - 1)).as(filter).isBlank();
      case UNTERMINATED_STRING -> assertThat(rest).as(filter).startsWith("'");
      default -> assertThat(rest).as(filter).startsWith(e.found());
    }
  }

  private static String or(Random r, int depth) {
    StringBuilder s = new StringBuilder(and(r, depth));
    while (r.nextInt(3) == 0) {
      s.append(pick(r, " OR ", " or ", "\nOR\t")).append(and(r, depth));
    }
    return s.toString();
  }

  private static String and(Random r, int depth) {
    StringBuilder s = new StringBuilder(condition(r, depth));
    while (r.nextInt(3) == 0) {
      s.append(pick(r, " AND ", " and ", " And ")).append(condition(r, depth));
    }
    return s.toString();
  }

  private static String condition(Random r, int depth) {
    return switch (depth < 4 ? r.nextInt(3) : 1 + r.nextInt(2)) {
      case 0 -> "(" + or(r, depth + 1) + ")";
      case 1 ->
          pick(r, "STARTS_WITH", "ENDS_WITH", "CONTAINS")
              + pick(r, "(", " (")
              + field(r)
              + pick(r, ",", ", ")
              + "'"
              + pick(r, "", "x", "dtmi:a;1", "a b")
              + "')";
      default ->
          field(r)
              + pick(r, " = ", "!=", " < ", "<= ", " > ", ">=")
              + pick(r, "'v'", "''", "0", "200", "5.5", "true", "false", "null");
    };
  }

  private static String field(Random r) {
    return pick(r, "type", "subject", "$eventType", "$body.temperature", "$body.$metadata.$model");
  }

  private static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }
}
