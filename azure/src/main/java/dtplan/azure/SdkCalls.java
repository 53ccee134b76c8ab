package dtplan.azure;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpResponse;
import com.azure.core.management.exception.ManagementError;
import com.azure.core.management.exception.ManagementException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import reactor.core.Exceptions;

/**
 * Runs one typed Azure SDK call and turns whatever it throws into an {@link AzureCallException}: an
 * HTTP error keeps Azure's status, code and text; a connection failure names the URL.
 */
final class SdkCalls {
  static final String ARM = "Azure Resource Manager";

  private SdkCalls() {}

  /**
   * What messages call the ARM endpoint at {@code armUrl}: the sandbox binds loopback only, and
   * Azure Resource Manager never answers there, so a loopback URL is the sandbox.
   */
  static String armName(String armUrl) {
    String host;
    try {
      host = java.net.URI.create(armUrl).getHost();
    } catch (IllegalArgumentException e) {
      return ARM;
    }
    boolean loopback =
        host != null
            && (host.equalsIgnoreCase("localhost")
                || host.startsWith("127.")
                || host.equals("[::1]")
                || host.equals("::1"));
    return loopback ? "the sandbox" : ARM;
  }

  /** A call to ARM at {@code armUrl}. */
  static <T> T arm(String armUrl, Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      throw describe(e, armName(armUrl), armUrl);
    }
  }

  /** The value or null when ARM answered 404 (the resource, or its parent, does not exist). */
  static <T> T orNull(String armUrl, Supplier<T> call) {
    try {
      return arm(armUrl, call);
    } catch (AzureCallException e) {
      if (e.status() == 404) {
        return null;
      }
      throw e;
    }
  }

  static AzureCallException describe(Throwable thrown, String what, String url) {
    Throwable t = Exceptions.unwrap(thrown);
    if (t instanceof AzureCallException a) {
      return a;
    }
    if (t instanceof HttpResponseException h) {
      return of(h);
    }
    return ConnectionFailures.describe(t, what, url);
  }

  /** Azure's code and text from the parsed error, the x-ms-error-code header, or the body. */
  static AzureCallException of(HttpResponseException e) {
    HttpResponse response = e.getResponse();
    int status = response == null ? 0 : response.getStatusCode();
    String header = response == null ? null : response.getHeaderValue("x-ms-error-code");
    if (e instanceof ManagementException m && m.getValue() != null) {
      ManagementError error = m.getValue();
      return error(status, error.getCode(), error.getMessage(), header);
    }
    return error(
        status, e.getValue() == null ? null : Json.MAPPER.valueToTree(e.getValue()), header);
  }

  /**
   * An error answer's code and text: ARM's {@code {"error": {"code", "message"}}} or the same
   * fields at the top, else the x-ms-error-code header, else the status.
   */
  static AzureCallException error(int status, JsonNode body, String headerCode) {
    JsonNode error = Json.at(body, "error");
    JsonNode source = error != null ? error : body;
    return error(status, Json.text(source, "code"), Json.text(source, "message"), headerCode);
  }

  private static AzureCallException error(
      int status, String code, String message, String headerCode) {
    if (code == null) {
      code = headerCode;
    }
    if (code == null || code.isBlank()) {
      code = "HTTP" + status;
    }
    if (message == null || message.isBlank()) {
      message = "Azure answered HTTP " + status + " without an error message.";
    }
    boolean transientFailure =
        TransientRetryStrategy.isTransientStatus(status) || AzureCallException.isSelfClearing(code);
    return new AzureCallException(status, code, message, transientFailure);
  }

  /**
   * A {@code $filter} value ready for the query string of the role assignment client, which
   * declares {@code $filter} as already encoded and sends it verbatim (the role definition client
   * does not: it encodes it itself), and the JDK HttpClient refuses a URL with a space in it, so
   * spaces go as %20 (and everything else URL-encoded, as ARM expects).
   */
  static String filter(String filter) {
    return URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
