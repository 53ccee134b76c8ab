package dtplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dtplan.azure.PlainHttp;
import dtplan.sandbox.Sandbox;
import java.io.IOException;
import java.net.URI;
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
  /**
   * What a sandbox says of itself; a field it does not say, or all when it does not answer, null.
   */
  record Health(String callerPrincipalId, String cloud) {
    static final Health UNKNOWN = new Health(null, null);
  }

  private SandboxCaller() {}

  /** The caller's object id, or null when the sandbox does not answer or does not say. */
  static String of(URI sandbox) {
    return health(sandbox).callerPrincipalId();
  }

  /**
   * The caller's object id and the cloud the sandbox answers as ({@code sandbox serve --cloud}),
   * from one read of its health: opening a target needs both, and each read cost a JDK HTTP client.
   */
  static Health health(URI sandbox) {
    String base = sandbox.toString().endsWith("/") ? sandbox.toString() : sandbox + "/";
    try {
      HttpResponse<String> r =
          PlainHttp.builderFor(sandbox)
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "_sandbox/health"))
                      .header(Sandbox.ADMIN_HEADER, Sandbox.ADMIN_HEADER_VALUE)
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return Health.UNKNOWN;
      }
      JsonNode body = new ObjectMapper().readTree(r.body());
      return new Health(field(body, "callerPrincipalId"), field(body, "cloud"));
    } catch (IOException | IllegalArgumentException e) {
      return Health.UNKNOWN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.UNKNOWN;
    }
  }

  private static String field(JsonNode body, String name) {
    String value = body.path(name).asText(null);
    return value == null || value.isBlank() ? null : value;
  }
}
