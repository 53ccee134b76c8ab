package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a naming rule says of a name, character by character (ASCII from a table, the rest asked of
 * the class).
 */
class NameRuleTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "OK",
      value = {
        "adt-factory-01 | OK",
        "ab             | has 2 characters, expected 3-49",
        "'ep one'       | contains a space",
        "ep_one         | contains `_`",
        "épée           | contains `é`",
        "ep😀x          | contains `\uD83D`",
        "ep-            | ends with `-`",
        "-ep            | starts with `-`",
        "123            | is all digits",
        "ep.1           | contains `.`",
      })
  void endpointNames(String name, String problem) {
    assertThat(Names.ENDPOINT.problem(name)).isEqualTo(problem);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "OK",
      value = {
        "route.all_events-1 | OK",
        "r                  | OK",
        "'all events!'      | contains a space",
        "all!               | contains `!`",
        "_r                 | starts with `_`",
      })
  void routeNames(String name, String problem) {
    assertThat(Names.ROUTE.problem(name)).isEqualTo(problem);
  }
}
