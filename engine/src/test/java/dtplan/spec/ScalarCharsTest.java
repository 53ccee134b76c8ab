package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.diag.Diagnostics;
import dtplan.diag.SourceLocation;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A character of a value is placed exactly only when the file spells the value verbatim. */
class ScalarCharsTest {
  record Case(String why, String yaml, String value, int index, int column) {
    @Override
    public String toString() {
      return why;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("plain", "filter: a b\n", "a b", 2, 11),
        new Case("plain, first character", "filter: a b\n", "a b", 0, 9),
        new Case("single-quoted", "filter: 'a b'\n", "a b", 2, 12),
        new Case("just past the end is the closing quote", "filter: 'ab'\n", "ab", 2, 12),
        new Case("double-quoted in a flow mapping", "{x: 1, filter: \"a b\"}\n", "a b", 2, 19),
        new Case("code points, not UTF-16 units", "filter: \"😀 x\"\n", "😀 x", 3, 12),
        new Case("'' escape", "filter: 'it''s x'\n", "it's x", 5, 0),
        new Case("backslash escape", "filter: \"caf\\u00e9 x\"\n", "café x", 5, 0),
        new Case("block scalar", "filter: |\n  a b\n", "a b\n", 2, 0),
        new Case("folded over two lines", "filter: a\n  b\n", "a b", 2, 0),
        new Case("substituted: the file says something else", "filter: a b\n", "x y", 0, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void placesOnlyVerbatimValues(Case c) {
    YamlReader reader = new YamlReader("f.yaml", new Diagnostics());
    assertThat(reader.read(c.yaml())).isNotNull();
    Optional<SourceLocation> at =
        ScalarChars.at(reader.locations(), "/filter", c.value(), c.index());
    if (c.column() == 0) {
      assertThat(at).isEmpty();
    } else {
      assertThat(at).contains(new SourceLocation("f.yaml", 1, c.column()));
    }
  }
}
