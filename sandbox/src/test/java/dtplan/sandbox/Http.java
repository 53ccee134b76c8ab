package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** A tiny raw HTTP client for tests that check wire-level behaviour. */
final class Http {
  static final ObjectMapper M = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Res(int status, HttpResponse<String> raw, JsonNode json) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    String code() {
      return json == null ? null : json.path("error").path("code").asText(null);
    }
  }

  private final String base;
  private boolean auth = true;
  private boolean admin = true;

  Http(Sandbox sb) {
    this.base = sb.url().toString().replaceAll("/$", "");
  }

  Http withoutAuth() {
    Http h = new Http(base);
    h.auth = false;
    h.admin = admin;
    return h;
  }

  /** Admin calls without the header every official caller sends ({@code X-Dtplan-Sandbox: 1}). */
  Http withoutAdminHeader() {
    Http h = new Http(base);
    h.auth = auth;
    h.admin = false;
    return h;
  }

  private Http(String base) {
    this.base = base;
  }

  Res get(String path) {
    return send("GET", path, null);
  }

  Res put(String path, String json) {
    return send("PUT", path, json);
  }

  Res delete(String path) {
    return send("DELETE", path, null);
  }

  /** Sends to base + path, or to path itself when it is absolute. */
  Res send(String method, String path, String json) {
    return send(method, path, json, java.util.Map.of());
  }

  Res send(String method, String path, String json, java.util.Map<String, String> headers) {
    String url = path.startsWith("http") ? path : base + path;
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
    headers.forEach(rb::header);
    if (auth) {
      rb.header("Authorization", "Bearer test-token");
    }
    if (admin && url.startsWith(base + "/_sandbox")) {
      rb.header("X-Dtplan-Sandbox", "1");
    }
    if (json != null) {
      rb.header("Content-Type", "application/json");
    }
    rb.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    try {
      HttpResponse<String> r = CLIENT.send(rb.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body = r.body() == null || r.body().isEmpty() ? null : M.readTree(r.body());
      return new Res(r.statusCode(), r, body);
    } catch (HttpTimeoutException e) {
      throw new AssertionError("timeout: " + method + " " + url, e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
