package dtplan.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * ARM REST calls with JSON bodies, sent through the connection's SDK pipeline (authentication,
 * retries, retry reporting, provider registration). JSON instead of the SDK's typed models because
 * the generic-resource model spells identity types differently from the 2023-01-31 API, the fluent
 * role-assignment API sends no principalType, and DELETE's status code must be seen (200 means the
 * delete failed).
 */
final class ArmClient {
  private static final String WHAT = "Azure Resource Manager";

  private final AzureConnection connection;

  ArmClient(AzureConnection connection) {
    this.connection = connection;
  }

  String baseUrl() {
    return connection.armEndpoint();
  }

  /** The absolute URL of an ARM path ({@code /subscriptions/...}) with api-version and filter. */
  String url(String path, String apiVersion, String filter) {
    String base = baseUrl().endsWith("/") ? baseUrl() : baseUrl() + "/";
    String p = path.startsWith("/") ? path.substring(1) : path;
    StringBuilder b = new StringBuilder(base).append(p).append("?api-version=").append(apiVersion);
    if (filter != null) {
      b.append("&$filter=")
          .append(URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return b.toString();
  }

  ArmResponse send(HttpMethod method, String url, JsonNode body, Context context) {
    HttpRequest request = new HttpRequest(method, url);
    if (body != null) {
      request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json");
      request.setBody(Json.bytes(body));
    }
    try (HttpResponse response = connection.armPipeline().sendSync(request, context)) {
      String text = response.getBodyAsBinaryData().toString();
      return new ArmResponse(
          response.getStatusCode(),
          response.getHeaderValue("Azure-AsyncOperation"),
          response.getHeaderValue(HttpHeaderName.LOCATION),
          response.getHeaderValue(HttpHeaderName.RETRY_AFTER),
          Json.parse(text));
    } catch (RuntimeException e) {
      throw ConnectionFailures.describe(e, WHAT, baseUrl());
    }
  }

  /** The resource, or null when ARM says it does not exist. */
  JsonNode get(String id, String apiVersion, Context context) {
    ArmResponse r = send(HttpMethod.GET, url(id, apiVersion, null), null, context);
    if (r.status() == 404) {
      return null;
    }
    return requireOk(r).body();
  }

  /** Every item of a list, following nextLink. */
  List<JsonNode> list(String path, String apiVersion, String filter, Context context) {
    List<JsonNode> items = new ArrayList<>();
    String next = url(path, apiVersion, filter);
    while (next != null) {
      ArmResponse r = requireOk(send(HttpMethod.GET, next, null, context));
      JsonNode value = Json.at(r.body(), "value");
      if (value != null) {
        value.forEach(items::add);
      }
      next = Json.text(r.body(), "nextLink");
    }
    return items;
  }

  static ArmResponse requireOk(ArmResponse r) {
    if (!r.ok()) {
      throw errorOf(r);
    }
    return r;
  }

  static AzureCallException errorOf(ArmResponse r) {
    JsonNode error = Json.at(r.body(), "error");
    JsonNode source = error != null ? error : r.body();
    String code = Json.text(source, "code");
    String message = Json.text(source, "message");
    if (code == null) {
      code = "HTTP" + r.status();
    }
    if (message == null) {
      message = "Azure answered HTTP " + r.status() + " without an error message.";
    }
    boolean transientFailure =
        TransientRetryStrategy.isTransientStatus(r.status())
            || AzureCallException.isSelfClearing(code);
    return new AzureCallException(r.status(), code, message, transientFailure);
  }
}
