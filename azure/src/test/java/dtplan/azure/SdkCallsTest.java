package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SdkCallsTest {
  @Test
  void filtersAreEncodedWithSpacesAsPercent20SoTheJdkClientAcceptsTheUrl() {
    String encoded = SdkCalls.filter("roleName eq 'Twin Router'");

    assertThat(encoded).isEqualTo("roleName%20eq%20%27Twin%20Router%27");
    assertThat(URI.create("http://127.0.0.1/x?$filter=" + encoded).getQuery())
        .isEqualTo("$filter=roleName eq 'Twin Router'");
  }
}
