package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The host names a destination reads with are those of the cloud the sandbox answers as. */
class SandboxCloudTest {
  static final String RG = "/subscriptions/" + Sandbox.DEFAULT_SUBSCRIPTION + "/resourceGroups/rg";
  static final String A = "?api-version=2023-01-31";
  static final String NS = RG + "/providers/Microsoft.EventHub/namespaces/NS-Plant";
  static final String SB = RG + "/providers/Microsoft.ServiceBus/namespaces/sb-plant";
  static final String ST = RG + "/providers/Microsoft.Storage/storageAccounts/stplant";
  static final String EG = RG + "/providers/Microsoft.EventGrid/topics/eg-plant";
  static final String ADX = RG + "/providers/Microsoft.Kusto/clusters/ADXplant";

  static Stream<Arguments> clouds() {
    return Stream.of(
        Arguments.of(
            SandboxCloud.AZURE_CLOUD,
            "https://ns-plant.servicebus.windows.net:443/",
            "https://stplant.blob.core.windows.net/",
            "https://eg-plant.westeurope-1.eventgrid.azure.net/api/events",
            "https://adxplant.westeurope.kusto.windows.net"),
        Arguments.of(
            SandboxCloud.AZURE_US_GOVERNMENT,
            "https://ns-plant.servicebus.usgovcloudapi.net:443/",
            "https://stplant.blob.core.usgovcloudapi.net/",
            "https://eg-plant.westeurope-1.eventgrid.azure.us/api/events",
            "https://adxplant.westeurope.kusto.usgovcloudapi.net"),
        Arguments.of(
            SandboxCloud.AZURE_CHINA_CLOUD,
            "https://ns-plant.servicebus.chinacloudapi.cn:443/",
            "https://stplant.blob.core.chinacloudapi.cn/",
            "https://eg-plant.westeurope-1.eventgrid.azure.cn/api/events",
            "https://adxplant.westeurope.kusto.chinacloudapi.cn"));
  }

  @ParameterizedTest
  @MethodSource("clouds")
  void destinationsReadWithTheCloudsSuffixes(
      SandboxCloud cloud, String serviceBus, String blob, String eventGrid, String kusto)
      throws Exception {
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults().withCloud(cloud))) {
      Http http = new Http(sb);
      createDestinations(http);
      assertThat(http.get(NS + A).json().at("/properties/serviceBusEndpoint").asText())
          .isEqualTo(serviceBus);
      assertThat(http.get(SB + A).json().at("/properties/serviceBusEndpoint").asText())
          .isEqualTo(serviceBus.replace("ns-plant", "sb-plant"));
      assertThat(http.get(ST + A).json().at("/properties/primaryEndpoints/blob").asText())
          .isEqualTo(blob);
      assertThat(http.get(EG + A).json().at("/properties/endpoint").asText()).isEqualTo(eventGrid);
      assertThat(http.get(ADX + A).json().at("/properties/uri").asText()).isEqualTo(kusto);
    }
  }

  @Test
  void stateMadeAsOneCloudReadsAsTheCloudOfTheNextStart() throws Exception {
    Path state = Files.createTempDirectory("sandbox-cloud");
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults().withStateDir(state))) {
      createDestinations(new Http(sb));
    }
    SandboxConfig gov =
        SandboxConfig.defaults()
            .withStateDir(state)
            .withCloud(SandboxCloud.named("azureusgovernment"));
    try (Sandbox sb = Sandbox.start(gov)) {
      assertThat(new Http(sb).get(NS + A).json().at("/properties/serviceBusEndpoint").asText())
          .isEqualTo("https://ns-plant.servicebus.usgovcloudapi.net:443/");
    }
  }

  private static void createDestinations(Http http) {
    http.put(RG + A, "{\"location\":\"westeurope\"}");
    for (String id : new String[] {NS, SB, ST, EG, ADX}) {
      assertThat(http.put(id + A, "{\"location\":\"westeurope\"}").status()).isBetween(200, 201);
    }
  }
}
