package dtplan.azure;

import com.azure.core.http.HttpMethod;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * PUT, PATCH and DELETE that may run long, with the ARM async pattern: poll {@code
 * Azure-AsyncOperation} if given, else {@code Location}, else the resource's provisioningState;
 * honour Retry-After, else wait the configured interval; give up after the configured timeout.
 */
final class LongRunningOperations {
  private static final Set<String> TERMINAL =
      Set.of("succeeded", "failed", "canceled", "cancelled");

  private final ArmClient arm;
  private final Duration pollInterval;
  private final Duration timeout;

  LongRunningOperations(ArmClient arm, AzureProviderOptions options) {
    this.arm = arm;
    this.pollInterval = options.lroPollInterval();
    this.timeout = options.lroTimeout();
  }

  /** PUT or PATCH, then the resource as ARM holds it when the operation has finished. */
  JsonNode write(HttpMethod method, String id, String apiVersion, JsonNode body, Context ctx) {
    String url = arm.url(id, apiVersion, null);
    ArmResponse first = ArmClient.requireOk(arm.send(method, url, body, ctx));
    long deadline = System.nanoTime() + timeout.toNanos();
    if (first.asyncOperation() != null) {
      awaitAsyncOperation(first, deadline, ctx);
    } else if (first.status() == 202 && first.location() != null) {
      awaitLocation(first, deadline, ctx);
    } else if (!isTerminal(state(first.body()))) {
      return awaitProvisioningState(id, apiVersion, first, deadline, ctx);
    } else {
      return failIfFailed(first.body());
    }
    JsonNode done = arm.get(id, apiVersion, ctx);
    if (done == null) {
      throw new AzureCallException(
          404, "ResourceNotFound", "The operation finished but the resource is not there.", false);
    }
    return failIfFailed(done);
  }

  /**
   * DELETE; true when ARM accepted it (2xx other than the 200 of a long-running delete, which means
   * it was canceled or failed), false when the resource was not found.
   */
  boolean delete(String id, String apiVersion, boolean longRunning, Context ctx) {
    ArmResponse first = arm.send(HttpMethod.DELETE, arm.url(id, apiVersion, null), null, ctx);
    if (first.status() == 404) {
      return false;
    }
    ArmClient.requireOk(first);
    if (!longRunning) {
      return first.status() != 204;
    }
    if (first.status() == 200) {
      String state = state(first.body());
      throw new AzureCallException(
          200,
          "DeleteFailed",
          "Azure answered 200 to the DELETE, which means the delete was canceled or failed"
              + (state == null ? "." : " (provisioningState " + state + ")."),
          false);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    if (first.asyncOperation() != null) {
      awaitAsyncOperation(first, deadline, ctx);
    } else if (first.status() == 202 && first.location() != null) {
      awaitLocation(first, deadline, ctx);
    }
    return true;
  }

  private void awaitAsyncOperation(ArmResponse first, long deadline, Context ctx) {
    String monitor = first.asyncOperation();
    ArmResponse last = first;
    while (true) {
      sleep(last, deadline);
      ArmResponse poll = ArmClient.requireOk(arm.send(HttpMethod.GET, monitor, null, ctx));
      String status = Json.text(poll.body(), "status");
      if (status != null && isTerminal(status)) {
        if (!status.equalsIgnoreCase("Succeeded")) {
          throw operationFailed(poll.body(), status);
        }
        return;
      }
      last = poll;
    }
  }

  private void awaitLocation(ArmResponse first, long deadline, Context ctx) {
    String monitor = first.location();
    ArmResponse last = first;
    while (true) {
      sleep(last, deadline);
      ArmResponse poll = ArmClient.requireOk(arm.send(HttpMethod.GET, monitor, null, ctx));
      if (poll.status() != 202) {
        return;
      }
      if (poll.location() != null) {
        monitor = poll.location();
      }
      last = poll;
    }
  }

  private JsonNode awaitProvisioningState(
      String id, String apiVersion, ArmResponse first, long deadline, Context ctx) {
    ArmResponse last = first;
    while (true) {
      sleep(last, deadline);
      ArmResponse poll = arm.send(HttpMethod.GET, arm.url(id, apiVersion, null), null, ctx);
      ArmClient.requireOk(poll);
      if (isTerminal(state(poll.body()))) {
        return failIfFailed(poll.body());
      }
      last = poll;
    }
  }

  private static JsonNode failIfFailed(JsonNode resource) {
    String state = state(resource);
    if (state != null && !state.equalsIgnoreCase("Succeeded") && isTerminal(state)) {
      throw operationFailed(resource, state);
    }
    return resource;
  }

  private static AzureCallException operationFailed(JsonNode body, String status) {
    JsonNode error = Json.at(body, "error");
    String code = Json.text(error, "code");
    String message = Json.text(error, "message");
    return new AzureCallException(
        200,
        code == null ? "Operation" + capitalise(status) : code,
        message == null ? "The operation ended " + status + "." : message,
        false);
  }

  private static String capitalise(String s) {
    return s.isEmpty()
        ? s
        : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String state(JsonNode resource) {
    return Json.text(resource, "properties", "provisioningState");
  }

  /** A missing state counts as finished: ARM resources without one are synchronous. */
  private static boolean isTerminal(String state) {
    return state == null || TERMINAL.contains(state.toLowerCase(Locale.ROOT));
  }

  private void sleep(ArmResponse last, long deadline) {
    Duration wait = pollInterval;
    if (last.retryAfter() != null) {
      try {
        long seconds = Long.parseLong(last.retryAfter().trim());
        // Retry-After 0 would make us spin; the configured interval is the floor then.
        wait = seconds > 0 ? Duration.ofSeconds(seconds) : pollInterval;
      } catch (NumberFormatException ignored) {
        // an HTTP date: keep the configured interval
      }
    }
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new AzureCallException(
          0,
          "OperationTimedOut",
          "The operation did not finish within " + timeout.toMinutes() + " minutes.",
          true);
    }
    try {
      Thread.sleep(Math.min(wait.toMillis(), remaining / 1_000_000 + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AzureCallException(0, "Interrupted", "Interrupted while waiting for Azure.", true);
    }
  }
}
