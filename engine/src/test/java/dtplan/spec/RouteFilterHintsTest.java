package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.routefilter.RouteFilter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each common mistake gets the hint that names its fix. */
class RouteFilterHintsTest {
  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(" ", "use `true` (lower case) to route every event"),
        Arguments.of("True", "use `true` (lower case) to route every event"),
        Arguments.of("FALSE", "use `false` (lower case) to route no event"),
        Arguments.of("type = \"a\"", "string literals use single quotes"),
        Arguments.of("type == 'a'", "compare with a single `=`"),
        Arguments.of("type <> 'a'", "write `!=`"),
        Arguments.of("type = 'a' && subject = 'b'", "combine conditions with AND and OR"),
        Arguments.of("type = 'a' AND not subject = 'b'", "route filters have no NOT"),
        Arguments.of("$body.t < -1", "no negative numbers"),
        Arguments.of("$body.p != NULL", "write `null` in lower case"),
        Arguments.of("type = 'a", "close the string with `'`"),
        Arguments.of("contains(subject, 'a')", "did you mean `CONTAINS`?"),
        Arguments.of("MATCHES(subject, 'a')", "route filters have the functions STARTS_WITH"),
        Arguments.of("STARTS_WITH(subject)", "a function takes a field and a string"),
        Arguments.of("(".repeat(101) + "type = 'a'", "remove parentheses"),
        Arguments.of("type 'a'", "a condition is <field> <operator> <value>"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("mistakes")
  void namesTheFix(String filter, String hint) {
    assertThat(RouteFilterHints.hint(filter, RouteFilter.check(filter).orElseThrow()))
        .contains(hint);
  }
}
