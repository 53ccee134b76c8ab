package dtplan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvNamesTest {
  @ParameterizedTest(name = "{0}/{1} then {2}/{3}")
  @CsvSource({
    "adt-factory, telemetry, adt-factory, alerts, ADT_FACTORY_TELEMETRY_CONNECTION, ADT_FACTORY_ALERTS_CONNECTION",
    "adt-1, sb-out, adt_1, sb.out, ADT_1_SB_OUT_CONNECTION, ADT_1_SB_OUT_CONNECTION_2",
    "Adt, x, adt, X, ADT_X_CONNECTION, ADT_X_CONNECTION_2",
    "1adt, x, 2adt, x, _1ADT_X_CONNECTION, _2ADT_X_CONNECTION",
  })
  void namesAreReadableAndUnique(
      String i1, String e1, String i2, String e2, String first, String second) {
    EnvNames names = new EnvNames();
    assertThat(names.next(i1, e1, "CONNECTION")).isEqualTo(first);
    assertThat(names.next(i2, e2, "CONNECTION")).isEqualTo(second);
  }
}
