package dtplan.azure;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.util.BinaryData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;

/**
 * Writes both identities as {@code SystemAssigned,UserAssigned} on instance PUTs and PATCHes. The
 * SDK's typed {@code ResourceIdentityType} is a closed enum that can only spell {@code
 * "SystemAssigned, UserAssigned"} (with a space), while the Digital Twins 2023-01-31 REST spec
 * ({@code DigitalTwinsIdentity.type}) allows only the spelling without one, as {@code az dt} and
 * Terraform's go-azure-helpers ({@code LegacySystemAndUserAssignedMap}, kept for Digital Twins on
 * purpose) send it (shared/reference/RECORDED.md, "Identity type spelling").
 */
final class IdentityTypeSpelling implements HttpPipelinePolicy {
  static final String SDK_SPELLING = "SystemAssigned, UserAssigned";
  static final String API_SPELLING = "SystemAssigned,UserAssigned";

  private static final Pattern INSTANCE_PATH =
      Pattern.compile(
          ".*/providers/microsoft\\.digitaltwins/digitaltwinsinstances/[^/]+/?",
          Pattern.CASE_INSENSITIVE);

  @Override
  public Mono<HttpResponse> process(HttpPipelineCallContext ctx, HttpPipelineNextPolicy next) {
    respell(ctx.getHttpRequest());
    return next.process();
  }

  @Override
  public HttpResponse processSync(HttpPipelineCallContext ctx, HttpPipelineNextSyncPolicy next) {
    respell(ctx.getHttpRequest());
    return next.processSync();
  }

  static void respell(HttpRequest request) {
    HttpMethod method = request.getHttpMethod();
    if (method != HttpMethod.PUT && method != HttpMethod.PATCH) {
      return;
    }
    if (!INSTANCE_PATH.matcher(request.getUrl().getPath().toLowerCase(Locale.ROOT)).matches()) {
      return;
    }
    BinaryData body = request.getBodyAsBinaryData();
    if (body == null) {
      return;
    }
    JsonNode json = Json.parse(body.toString());
    JsonNode identity = Json.at(json, "identity");
    if (identity instanceof ObjectNode o && SDK_SPELLING.equals(Json.text(o, "type"))) {
      o.put("type", API_SPELLING);
      request.setBody(BinaryData.fromString(json.toString()));
    }
  }
}
