package dtplan.azure;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import reactor.core.Exceptions;

/**
 * Turns what the HTTP stack throws (often wrapped by Reactor) into an {@link AzureCallException}.
 */
final class ConnectionFailures {
  private ConnectionFailures() {}

  static AzureCallException describe(Throwable thrown, String what, String url) {
    Throwable t = Exceptions.unwrap(thrown);
    if (t instanceof AzureCallException a) {
      return a;
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ConnectException) {
        return AzureCallException.unreachable(what, url, "connection refused");
      }
      if (c instanceof UnknownHostException) {
        return AzureCallException.unreachable(what, url, "unknown host " + c.getMessage());
      }
      if (c instanceof HttpConnectTimeoutException) {
        return AzureCallException.unreachable(what, url, "connection timed out");
      }
      if (c instanceof HttpTimeoutException) {
        return new AzureCallException(0, "Timeout", "No answer from " + what + " at " + url, true);
      }
    }
    Throwable root = t;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new AzureCallException(
        0, "ConnectionError", "Connection to " + what + " at " + url + " failed: " + reason, true);
  }
}
