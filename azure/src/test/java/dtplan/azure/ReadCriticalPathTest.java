package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.model.Destination;
import dtplan.provider.ReadRequest;
import dtplan.provider.ReadResponse;
import dtplan.sandbox.FaultRule;
import dtplan.sandbox.RequestEntry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A read's per-instance lists wait for the instance list only, not for destinations: an event hub,
 * then its namespace, are two dependent round trips that used to come before any per-instance list
 * (issue 19). The event hub's answer is held here for two seconds; the instance's endpoint list
 * must be asked for before the namespace is, which the old order could never do.
 */
class ReadCriticalPathTest extends SandboxTestBase {
  @Test
  void perInstanceListsStartWhileADestinationIsStillBeingRead() {
    sandbox.seed(
        """
        {"resources": [
          {"id": "%s", "body": {"location": "westeurope", "tags": {"dtplan-stack": "factory"},
                               "identity": {"type": "SystemAssigned"}}}
        ]}
        """
            .formatted(instanceId("adt-ours")));
    sandbox.faults().add(FaultRule.latency(Duration.ofSeconds(2)).on("GET", "**/eventhubs/*"));
    sandbox.requests().clear();

    ReadResponse live =
        provider.read(
            new ReadRequest(SUB, RG, "factory", List.of(), List.of(), List.of(HUB), List.of()));

    List<RequestEntry> log = sandbox.requests().entries();
    int endpointList = indexOf(log, e -> e.path().endsWith("/endpoints"));
    int namespaceRead = indexOf(log, e -> lower(e.path()).endsWith("/namespaces/ns-factory"));
    assertThat(endpointList).as("%s", log).isNotNegative().isLessThan(namespaceRead);
    assertThat(live.destinations())
        .extracting(Destination::serviceBusEndpoint)
        .containsExactly("https://ns-factory.servicebus.windows.net:443/");
    assertThat(live.instances()).hasSize(1);
  }

  private static int indexOf(List<RequestEntry> log, Predicate<RequestEntry> get) {
    for (int i = 0; i < log.size(); i++) {
      if (log.get(i).method().equals("GET") && get.test(log.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
