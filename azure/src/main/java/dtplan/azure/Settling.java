package dtplan.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.ProvisioningStates;
import dtplan.provider.ProviderListener;
import dtplan.time.Time;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits, during a read, for an operation found still running on an instance or endpoint (its
 * provisioningState Provisioning, Updating, Deleting, …) to end. A plan made from such a moment
 * would be wrong a minute later: an endpoint still Deleting looks present, one still Provisioning
 * looks done, an instance still Provisioning has no host name to read routes from. So the read
 * polls the resource every {@code lroPollInterval}, reporting each wait to the listener, until its
 * state is terminal (or it is gone), for at most {@code lroTimeout}; past that the read fails,
 * naming the resource and its state. A Failed resource is not waited for: it is read as it is, and
 * the plan replaces it.
 */
final class Settling {
  static final String STILL_RUNNING = "OperationStillRunning";

  private final Duration interval;
  private final Duration bound;
  private final Time time;
  private final ProviderListener listener;

  Settling(AzureProviderOptions options, ProviderListener listener) {
    this.interval = options.lroPollInterval();
    this.bound = options.lroTimeout();
    this.time = options.time();
    this.listener = listener;
  }

  /**
   * The resource once no operation runs on it: {@code json} itself when none does, else what {@code
   * reread} returns once the state is terminal, or null when the resource is gone by then.
   *
   * @param what names the resource in an error, e.g. "Digital Twins instance"
   */
  JsonNode settled(String id, String what, JsonNode json, Supplier<JsonNode> reread) {
    long start = time.nanos();
    JsonNode current = json;
    while (current != null && ProvisioningStates.isRunning(state(current))) {
      Duration waited = Duration.ofNanos(time.nanos() - start);
      if (waited.compareTo(bound) >= 0) {
        throw new AzureCallException(
            0,
            STILL_RUNNING,
            what
                + " "
                + id
                + " is still "
                + state(current)
                + " after "
                + describe(bound)
                + ": an operation on it has not ended, and a plan made now would be wrong once it"
                + " does. Plan again when it has ended.",
            true);
      }
      listener.waiting(id, state(current), waited, bound);
      Duration left = bound.minus(waited);
      pause(left.compareTo(interval) < 0 ? left : interval);
      current = reread.get();
    }
    return current;
  }

  private void pause(Duration d) {
    try {
      time.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AzureCallException(
          0, "Interrupted", "Interrupted while waiting for an operation to end.", true);
    }
  }

  private static String state(JsonNode resource) {
    return Json.text(resource, "properties", "provisioningState");
  }

  private static String describe(Duration d) {
    return d.toSeconds() >= 120 && d.toSeconds() % 60 == 0
        ? d.toMinutes() + " minutes"
        : d.toMillis() / 1000.0 + " seconds";
  }
}
