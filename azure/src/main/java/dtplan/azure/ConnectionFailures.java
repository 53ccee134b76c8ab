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
  static final String NO_CREDENTIALS =
      "no usable Azure credentials: DefaultAzureCredential tried environment variables"
          + " (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_CLIENT_SECRET or a federated token),"
          + " workload and managed identity, and the Azure CLI. Run `az login`, or in CI log in"
          + " with OIDC (docs/azure-auth.md). Without AZURE_SUBSCRIPTION_ID or --subscription,"
          + " dtplan uses the sandbox instead";

  private ConnectionFailures() {}

  static AzureCallException describe(Throwable thrown, String what, String url) {
    Throwable t = Exceptions.unwrap(thrown);
    if (t instanceof AzureCallException a) {
      return a;
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof com.azure.core.exception.ClientAuthenticationException
          || c instanceof com.azure.identity.CredentialUnavailableException) {
        return new AzureCallException(0, "NoCredentials", NO_CREDENTIALS, false);
      }
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
