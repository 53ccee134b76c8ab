package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A parent is read once per read of live state, by whichever thread needs it first. The timeout
 * turns a pool waiting on itself into a failure instead of a hang.
 */
@Timeout(10)
class ParentReadsTest {
  private static final String NS = "/subscriptions/s/resourceGroups/rg/providers/X/namespaces/ns";
  private final AtomicInteger gets = new AtomicInteger();

  private Supplier<JsonNode> counted() {
    return () -> {
      gets.incrementAndGet();
      return JsonNodeFactory.instance.textNode("namespace");
    };
  }

  @Test
  void childrenOfOneParentShareOneRead() {
    ParentReads parents = new ParentReads();
    try (Bounded reads = new Bounded(8)) {
      parents.start(NS, counted(), reads);
      parents.start(NS.toUpperCase(java.util.Locale.ROOT), counted(), reads); // ids ignore case
      List<Callable<JsonNode>> children = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        children.add(() -> parents.get(NS, counted()));
      }
      assertThat(Bounded.joinAll(reads.startAll(children)))
          .extracting(JsonNode::asText)
          .containsOnly("namespace");
      parents.awaitStarted();
    }
    assertThat(gets).hasValue(1);
  }

  /** With one thread, the child runs first and the started read waits behind it: no deadlock. */
  @Test
  void aChildReadsItsParentItselfWhenThePoolHasNotBegun() {
    ParentReads parents = new ParentReads();
    CountDownLatch childRunning = new CountDownLatch(1);
    try (Bounded reads = new Bounded(1)) {
      var child =
          reads.start(
              () -> {
                childRunning.await();
                return parents.get(NS, counted());
              });
      parents.start(NS, counted(), reads); // queued behind the child on the only thread
      childRunning.countDown();
      assertThat(Bounded.join(child).asText()).isEqualTo("namespace");
      parents.awaitStarted();
    }
    assertThat(gets).hasValue(1);
  }

  @Test
  void aFailedParentFailsEveryChildThatNeedsIt() {
    ParentReads parents = new ParentReads();
    Supplier<JsonNode> failing =
        () -> {
          gets.incrementAndGet();
          throw new AzureCallException(503, "ServerBusy", "try later", true);
        };
    try (Bounded reads = new Bounded(2)) {
      parents.start(NS, failing, reads);
      parents.awaitStarted(); // keeps the failure for the children; throws nothing itself
      assertThatThrownBy(() -> parents.get(NS, failing)).hasMessageContaining("try later");
      assertThatThrownBy(() -> parents.get(NS, failing)).hasMessageContaining("try later");
    }
    assertThat(gets).hasValue(1);
  }
}
