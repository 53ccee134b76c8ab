package dtplan.azure;

import com.azure.core.management.polling.PollResult;
import com.azure.core.util.polling.LongRunningOperationStatus;
import com.azure.core.util.polling.PollResponse;
import com.azure.core.util.polling.SyncPoller;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;

/**
 * Waits for a long-running operation with the SDK's own poller (which follows Azure-AsyncOperation,
 * Location or provisioningState and honours Retry-After): the configured interval applies when
 * Azure gives none, the configured timeout bounds the wait, and a Failed or Canceled end becomes an
 * error with the operation's code and message.
 */
final class Operations {
  private final Duration pollInterval;
  private final Duration timeout;

  Operations(AzureProviderOptions options) {
    this.pollInterval = options.lroPollInterval();
    this.timeout = options.lroTimeout();
  }

  /** The final result, once the operation succeeded. */
  <T> T await(SyncPoller<PollResult<T>, T> poller) {
    poller.setPollInterval(pollInterval);
    PollResponse<PollResult<T>> last;
    try {
      last = poller.waitForCompletion(timeout);
    } catch (RuntimeException e) {
      if (isTimeout(e)) {
        throw timedOut();
      }
      throw e;
    }
    LongRunningOperationStatus status = last.getStatus();
    if (status == LongRunningOperationStatus.SUCCESSFULLY_COMPLETED) {
      return poller.getFinalResult();
    }
    if (status == LongRunningOperationStatus.FAILED
        || status == LongRunningOperationStatus.USER_CANCELLED) {
      throw failed(last.getValue(), status);
    }
    throw timedOut();
  }

  /**
   * A resource whose operation ended but whose provisioningState says it failed is an error. So is
   * a final result that is no resource at all: when the operation's final read is throttled past
   * the SDK's retries, the poller hands back the error answer as the result (seen with 429s in
   * FaultConvergenceTest); that is transient, and the step is tried again.
   */
  static JsonNode requireNotFailed(JsonNode resource) {
    if (Json.text(resource, "id") == null) {
      throw new AzureCallException(
          0,
          "IncompleteResult",
          "The operation finished, but reading its result failed (Azure was throttling or"
              + " unavailable); it will be read again.",
          true);
    }
    String state = Json.text(resource, "properties", "provisioningState");
    if (state != null
        && (state.equalsIgnoreCase("Failed")
            || state.equalsIgnoreCase("Canceled")
            || state.equalsIgnoreCase("Cancelled"))) {
      JsonNode error = Json.at(resource, "properties", "error");
      String code = Json.text(error, "code");
      String message = Json.text(error, "message");
      throw new AzureCallException(
          200,
          code == null
              ? "Operation" + (state.equalsIgnoreCase("Failed") ? "Failed" : "Canceled")
              : code,
          message == null ? "The operation ended with provisioningState " + state + "." : message,
          false);
    }
    return resource;
  }

  private AzureCallException timedOut() {
    return new AzureCallException(
        0,
        "OperationTimedOut",
        "The operation did not finish within "
            + (timeout.toSeconds() >= 120
                ? timeout.toMinutes() + " minutes."
                : timeout.toMillis() / 1000.0 + " seconds."),
        true);
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof java.util.concurrent.TimeoutException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The operation's end as an error. When the poller gave up because the status monitor itself
   * answered an error status (throttled or unavailable past the SDK's retries), the operation did
   * not fail: Azure was busy, and the error is transient, so the step is tried again.
   */
  private static AzureCallException failed(PollResult<?> result, LongRunningOperationStatus s) {
    String state = s == LongRunningOperationStatus.FAILED ? "Failed" : "Canceled";
    PollResult.Error error = result == null ? null : result.getError();
    JsonNode body = error == null ? null : Json.parse(error.getResponseBody());
    JsonNode e = Json.at(body, "error");
    String code = Json.text(e, "code");
    String message = Json.text(e, "message");
    if (message == null && error != null && error.getMessage() != null) {
      message = error.getMessage();
    }
    int status = error == null ? 200 : error.getResponseStatusCode();
    return new AzureCallException(
        status,
        code == null ? "Operation" + state : code,
        message == null ? "The operation ended " + state.toLowerCase(Locale.ROOT) + "." : message,
        TransientRetryStrategy.isTransientStatus(status));
  }
}
