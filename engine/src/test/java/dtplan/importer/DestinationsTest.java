package dtplan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.model.AuthType;
import dtplan.model.Endpoint;
import dtplan.model.EndpointType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DestinationsTest {
  static final String RG = "/subscriptions/s/resourceGroups/rg";
  static final String ADT = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt";

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "EVENT_HUB, sb://ns-a.servicebus.windows.net/, hub, -,"
            + " /providers/Microsoft.EventHub/namespaces/ns-a/eventhubs/hub",
        "SERVICE_BUS, sb://SB-A.servicebus.windows.net, alerts, -,"
            + " /providers/Microsoft.ServiceBus/namespaces/sb-a/topics/alerts",
        "EVENT_HUB, sb://ns-a.servicebus.windows.net/, -, -, -",
        "EVENT_HUB, not a url, hub, -, -",
        "EVENT_HUB, -, -, https://st.blob.core.windows.net/dl,"
            + " /providers/Microsoft.Storage/storageAccounts/st/blobServices/default/containers/dl",
      })
  void guessesIdsInTheGroupFromWhatAzureShows(
      EndpointType type, String uri, String entity, String deadLetter, String expected) {
    Endpoint e = SpecImporterTest.endpoint(type, AuthType.IDENTITY, uri, entity, deadLetter);
    assertThat(Destinations.candidates(List.of(e), List.of(RG)))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(RG + expected));
  }
}
