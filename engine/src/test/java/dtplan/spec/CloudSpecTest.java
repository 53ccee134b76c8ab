package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CloudSpecTest {
  @Test
  void aSpecWithoutCloudIsInThePublicCloud() throws Exception {
    assertThat(Specs.load(Specs.HEAD).cloud()).isEqualTo(Cloud.AZURE_CLOUD);
  }

  @ParameterizedTest
  @EnumSource(Cloud.class)
  void eachCloudNameBindsToItsCloud(Cloud cloud) throws Exception {
    String spec = Specs.HEAD + "  cloud: " + cloud.specName() + "\n";
    assertThat(Specs.load(spec).cloud()).isEqualTo(cloud);
  }
}
