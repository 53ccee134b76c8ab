package dtplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The value after a key in an ARM id, by case. */
class ArmIdSegmentTest {
  static final String HUB =
      "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/ns/eventhubs/hub";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("the first key", HUB, "subscriptions", "s1"),
        Arguments.of("a key in the middle", HUB, "namespaces", "ns"),
        Arguments.of("the value at the end", HUB, "eventhubs", "hub"),
        Arguments.of("the key's case differs", HUB, "NAMESPACES", "ns"),
        Arguments.of("the value's case is kept", HUB.replace("/ns/", "/NS/"), "namespaces", "NS"),
        Arguments.of("the last segment has no value", HUB, "hub", null),
        Arguments.of("a key that is not there", HUB, "topics", null),
        Arguments.of("a key that only starts a segment", HUB, "namespace", null),
        Arguments.of("doubled and trailing slashes", "//subscriptions//s1/", "subscriptions", "s1"),
        Arguments.of("no leading slash", HUB.substring(1), "subscriptions", "s1"),
        Arguments.of("the root", "/", "subscriptions", null),
        Arguments.of("empty", "", "subscriptions", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void segment(String name, String id, String key, String expected) {
    assertThat(ArmId.segment(id, key)).isEqualTo(expected);
  }
}
