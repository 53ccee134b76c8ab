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
 * A read's critical path is its round trips that must follow one another, and no more (issue 19):
 * the per-instance lists wait for the instance list only, not for destinations; an event hub's
 * namespace is read beside the hub, not after its answer. The hub's, the namespace's and the
 * instance's endpoint list's answers are each held for two seconds here: read one after another,
 * any two of them take four; the read must take about two. (The sandbox spends emulated latency in
 * real time: it stands for the network, which no clock of dtplan's can drive.)
 */
class ReadCriticalPathTest extends SandboxTestBase {
  @Test
  void heldAnswersOverlapInsteadOfFollowingOneAnother() {
    sandbox.seed(
        """
        {"resources": [
          {"id": "%s", "body": {"location": "westeurope", "tags": {"dtplan-stack": "factory"},
                               "identity": {"type": "SystemAssigned"}}}
        ]}
        """
            .formatted(instanceId("adt-ours")));
    Duration held = Duration.ofSeconds(2);
    sandbox.faults().add(FaultRule.latency(held).on("GET", "**/eventhubs/*"));
    sandbox.faults().add(FaultRule.latency(held).on("GET", "**/namespaces/ns-factory"));
    sandbox.faults().add(FaultRule.latency(held).on("GET", "**/endpoints"));
    sandbox.requests().clear();

    long start = System.nanoTime();
    ReadResponse live =
        provider.read(
            new ReadRequest(SUB, RG, "factory", List.of(), List.of(), List.of(HUB), List.of()));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    List<RequestEntry> log = sandbox.requests().entries();
    assertThat(indexOf(log, e -> e.path().endsWith("/endpoints"))).as("%s", log).isNotNegative();
    assertThat(indexOf(log, e -> lower(e.path()).endsWith("/namespaces/ns-factory")))
        .as("%s", log)
        .isNotNegative();
    assertThat(took)
        .as("three held answers, overlapping")
        .isBetween(held, held.multipliedBy(7).dividedBy(4));
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
