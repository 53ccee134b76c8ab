package dtplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dtplan.sandbox.Sandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Who a standalone sandbox says every request comes from ({@code callerPrincipalId} of {@code GET
 * /_sandbox/health}). The connection then carries it in its token's {@code oid}, so the provider
 * learns the caller the way it does on Azure. Admin calls carry the sandbox's admin header, which
 * it demands so that web pages cannot make them (docs/sandbox.md, "Browsers").
 */
final class SandboxCaller {
  private SandboxCaller() {}

  /** The caller's object id, or null when the sandbox does not answer or does not say. */
  static String of(URI sandbox) {
    return said(sandbox, "callerPrincipalId");
  }

  /**
   * The cloud the sandbox answers as ({@code sandbox serve --cloud}), or null when it does not
   * answer or does not say.
   */
  static String cloud(URI sandbox) {
    return said(sandbox, "cloud");
  }

  private static String said(URI sandbox, String field) {
    String base = sandbox.toString().endsWith("/") ? sandbox.toString() : sandbox + "/";
    try {
      HttpResponse<String> r =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "_sandbox/health"))
                      .header(Sandbox.ADMIN_HEADER, Sandbox.ADMIN_HEADER_VALUE)
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return null;
      }
      String value = new ObjectMapper().readTree(r.body()).path(field).asText(null);
      return value == null || value.isBlank() ? null : value;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
