package dtplan.spec;

import static dtplan.fixtures.Fixtures.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import dtplan.model.AuthType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickstartLoadTest {

  @Test
  void loadsTheQuickstartExample() throws Exception {
    Spec spec =
        new SpecLoader()
            .load(
                Path.of("../examples/quickstart.yaml"),
                new SpecOptions(Map.of(), Map.of(), null, SUB));
    assertThat(spec.stack()).isEqualTo("quickstart");
    assertThat(spec.subscription()).isEqualTo(SUB);
    InstanceSpec instance = spec.instances().get("quickstart-twins");
    assertThat(instance.systemIdentity()).isTrue();
    assertThat(instance.roles()).hasSize(2);
    EndpointSpec telemetry = instance.endpoints().get("telemetry");
    assertThat(telemetry.auth()).isEqualTo(AuthType.IDENTITY);
    assertThat(telemetry.destination())
        .startsWith("/subscriptions/" + SUB + "/resourceGroups/rg-quickstart/");
    assertThat(instance.routes().get("telemetry-all").filter())
        .isEqualTo("type = 'microsoft.iot.telemetry'");
  }
}
