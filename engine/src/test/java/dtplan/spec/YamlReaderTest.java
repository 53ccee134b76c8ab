package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dtplan.diag.Diagnostic;
import dtplan.diag.Diagnostics;
import dtplan.diag.SourceLocation;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The tree and places {@link YamlReader} builds from parser events: merge keys, aliases and the
 * bounds on what aliases expand to. The spec corpus covers the messages of malformed files.
 */
class YamlReaderTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private final YamlReader reader = new YamlReader("f.yaml", diagnostics);

  @Test
  void everyValueAndKeyHasItsPlace() {
    JsonNode tree = reader.read("a:\n  b: [x, {c: 1}]\n  'd/e~f': 2\n");
    assertThat(tree).isNotNull();
    Locations at = reader.locations();
    assertThat(at.of("/a/b/1/c")).isEqualTo(new SourceLocation("f.yaml", 2, 14));
    assertThat(at.ofKey("/a/b")).isEqualTo(new SourceLocation("f.yaml", 2, 3));
    assertThat(at.ofKey("/a/d~1e~0f")).isEqualTo(new SourceLocation("f.yaml", 3, 3));
    assertThat(at.has("/a/b/2")).isFalse();
    assertThat(at.has("/a/b/01")).as("not how a pointer names item 1").isFalse();
    assertThat(at.of("/a/b/7/z")).as("the nearest parent").isEqualTo(at.of("/a/b"));
  }

  /** Small mappings are searched in order, large ones hashed: both find escaped and plain keys. */
  @Test
  void keysAreFoundInSmallAndLargeMappings() {
    String many =
        IntStream.range(0, 12)
            .mapToObj(i -> "  k" + i + ": " + i)
            .collect(Collectors.joining("\n"));
    JsonNode tree = reader.read("big:\n" + many + "\n  'x/y~z': 1\nsmall: {'x/y~z': 2, k: 3}\n");
    assertThat(tree).isNotNull();
    Locations at = reader.locations();
    assertThat(at.of("/big/k11")).isEqualTo(new SourceLocation("f.yaml", 13, 8));
    assertThat(at.of("/big/x~1y~0z")).isEqualTo(new SourceLocation("f.yaml", 14, 12));
    assertThat(at.of("/small/x~1y~0z")).isEqualTo(new SourceLocation("f.yaml", 15, 18));
    assertThat(at.of("/small/k")).isEqualTo(new SourceLocation("f.yaml", 15, 24));
    assertThat(at.has("/small/x")).isFalse();
    assertThat(at.has("/big/k1")).isTrue();
    assertThat(at.has("/big/k")).isFalse();
  }

  /** The value of a key two merged mappings share comes from the first: so must its place. */
  @Test
  void aMergedValueIsPlacedWhereTheValueItTookStands() {
    JsonNode tree = reader.read("a: {<<: {k: 1}, <<: {k: 2, j: 3}}\n");
    assertThat(tree.at("/a/k").asInt()).isEqualTo(1);
    assertThat(reader.locations().of("/a/k")).isEqualTo(new SourceLocation("f.yaml", 1, 13));
    assertThat(reader.locations().ofKey("/a/k")).isEqualTo(new SourceLocation("f.yaml", 1, 10));
    assertThat(reader.locations().of("/a/j")).isEqualTo(new SourceLocation("f.yaml", 1, 31));
  }

  /** The interpolator rewrites values in place: an alias must not share its anchor's nodes. */
  @Test
  void anAliasIsACopyOfWhatItNames() {
    JsonNode tree = reader.read("a: &a {x: [1]}\nb: *a\n");
    assertThat(tree.get("b")).isEqualTo(tree.get("a")).isNotSameAs(tree.get("a"));
    assertThat(tree.get("b").get("x")).isNotSameAs(tree.get("a").get("x"));
    assertThat(reader.locations().of("/b/x/0")).isEqualTo(new SourceLocation("f.yaml", 1, 12));
    assertThat(reader.locations().ofKey("/b")).isEqualTo(new SourceLocation("f.yaml", 2, 1));
  }

  /** A text resolved once is shared, but only with the same style: quoted stays text. */
  @Test
  void aRepeatedValueKeepsItsStyleAndItsOwnPlace() {
    JsonNode tree = reader.read("a: 1\nb: '1'\nc: 1\nd: yes\ne: \"yes\"\nf: !!str 1\n");
    assertThat(tree.get("a").isNumber()).isTrue();
    assertThat(tree.get("b").isTextual()).isTrue();
    assertThat(tree.get("c").isNumber()).isTrue();
    assertThat(tree.get("d").isBoolean()).isTrue();
    assertThat(tree.get("e").isTextual()).isTrue();
    assertThat(tree.get("f").isTextual()).isTrue();
    assertThat(reader.locations().of("/c")).isEqualTo(new SourceLocation("f.yaml", 3, 4));
  }

  /** A value's place carries the key that names it where it stands, not where its anchor stood. */
  @Test
  void anAliasIsNamedByItsOwnKeyOrByNone() {
    JsonNode tree = reader.read("a: &x {k: 1}\nb: [*x]\nc: *x\n");
    assertThat(tree).isNotNull();
    Locations at = reader.locations();
    assertThat(at.ofKey("/a")).isEqualTo(new SourceLocation("f.yaml", 1, 1));
    assertThat(at.ofKey("/c")).isEqualTo(new SourceLocation("f.yaml", 3, 1));
    assertThat(at.ofKey("/b/0")).as("an item has no key").isEqualTo(at.of("/b/0"));
    assertThat(at.ofKey("/c/k")).isEqualTo(new SourceLocation("f.yaml", 1, 8));
  }

  @Test
  void aliasesThatExpandPastTheLimitAreRefused() {
    String list =
        IntStream.range(0, 10_000).mapToObj(i -> "1").collect(Collectors.joining(", ", "[", "]"));
    String text = "a: &a " + list + "\nb: [" + "*a, ".repeat(19) + "*a]\n";
    assertThat(reader.read(text)).isNull();
    // 2 + 10,001 values before `b`'s aliases, 10,001 per alias: the 19th passes 200,000.
    assertThat(messages())
        .containsExactly(
            "f.yaml:2:" + (5 + 4 * 18) + " the spec expands to more than 200000 values");
  }

  @Test
  void aListOfMoreValuesThanTheLimitIsRefusedWhereItPassesIt() {
    String text = "a: [" + "1, ".repeat(200_000) + "1]\n";
    assertThat(reader.read(text)).isNull();
    // The root, `a`'s list and 199,998 items: the next item, at column 5 + 3 * 199,998, passes.
    assertThat(messages())
        .containsExactly(
            "f.yaml:1:" + (5 + 3 * 199_998) + " the spec expands to more than 200000 values");
  }

  /** An anchor whose value names, through another anchor, a mapping that contains it. */
  @Test
  void anAliasToItselfThroughAnotherAnchorIsAnError() {
    assertThat(reader.read("y: &y\n  x: &x [*y]\nz: *x\n")).isNotNull();
    assertThat(messages())
        .containsExactly(
            "f.yaml:1:4 this mapping contains an alias (*name) to itself, which would never end");
  }

  @Test
  void aProblemInAnAnchoredValueIsReportedWhereTheAnchorIs() {
    reader.read("a: &a {b: !!set {}}\nc: *a\n");
    assertThat(messages()).containsOnly("f.yaml:1:11 YAML tag `!!set` is not allowed");
  }

  @Test
  void aKeyThatIsNotAStringLeavesItsValueOut() {
    JsonNode tree = reader.read("? [1]\n: {a: !!set {}}\nok: 1\n");
    assertThat(tree.size()).isEqualTo(1);
    assertThat(messages()).containsExactly("f.yaml:1:3 mapping keys must be plain strings");
  }

  @Test
  void aSyntaxErrorIsTheOnlyProblemReported() {
    reader.read("a: 1\na: 2\nb: [1\n");
    assertThat(messages()).hasSize(1).allMatch(m -> m.contains("malformed YAML"));
  }

  private List<String> messages() {
    return diagnostics.sorted().stream()
        .map((Diagnostic d) -> d.location() + " " + d.message())
        .toList();
  }
}
