package dtplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whether an ARM id lies at or below a scope, by case: ids compared as Azure does. */
class ArmIdScopeTest {
  static final String RG = "/subscriptions/s1/resourceGroups/rg";
  static final String ADT = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("the scope itself", ADT, ADT, true),
        Arguments.of("below it", ADT + "/endpoints/e1", ADT, true),
        Arguments.of("the scope's case differs", ADT.toUpperCase(), RG.toLowerCase(), true),
        Arguments.of("trailing and doubled slashes", ADT + "/", "//subscriptions/s1/", true),
        Arguments.of("no leading slash", ADT.substring(1), RG, true),
        Arguments.of("everything is below the root", ADT, "/", true),
        Arguments.of("above it", RG, ADT, false),
        Arguments.of("a sibling whose name starts with the scope's", RG + "2/x", RG, false),
        Arguments.of("a longer last segment", ADT + "x", ADT, false),
        Arguments.of("another subscription", "/subscriptions/s2/resourceGroups/rg", RG, false),
        Arguments.of("non-ASCII, equal in lower case", RG + "/Ä/x", RG + "/ä", true),
        // "İ" lower-cases to two chars ("i" and a combining dot), so it is not "i" there, though
        // comparing char by char ignoring case would say it is.
        Arguments.of("non-ASCII that lower-casing lengthens", RG + "/İ", RG + "/i", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void atOrBelow(String name, String target, String scope, boolean expected) {
    assertThat(ArmId.isAtOrBelow(target, scope)).isEqualTo(expected);
  }
}
