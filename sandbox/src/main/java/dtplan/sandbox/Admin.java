package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Locale;

/**
 * The {@code /_sandbox/} admin API, so another process can drive a standalone sandbox. Reached only
 * through {@link BrowserGuard} and with {@link Sandbox#ADMIN_HEADER}.
 */
final class Admin {
  private final Sandbox sandbox;

  Admin(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  Resp handle(String method, String path, byte[] body) {
    String what = path.substring("/_sandbox".length());
    try {
      return switch (method + " " + what) {
        case "GET /health", "GET " -> health();
        case "GET /requests" -> Resp.of(200, requests(sandbox.requests()));
        case "DELETE /requests" -> {
          sandbox.requests().clear();
          yield Resp.empty(204);
        }
        case "GET /faults" -> Resp.of(200, faults());
        case "POST /faults" -> {
          addFaults(Json.parse(body));
          yield Resp.of(200, faults());
        }
        case "DELETE /faults" -> {
          sandbox.faults().clear();
          yield Resp.empty(204);
        }
        case "POST /reset" -> {
          sandbox.reset();
          yield Resp.empty(204);
        }
        case "POST /seed" -> {
          sandbox.seed(new String(body, java.nio.charset.StandardCharsets.UTF_8));
          yield Resp.empty(204);
        }
        default -> throw ApiError.notFound("NotFound", "No admin operation " + method + " " + path);
      };
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("InvalidRequest", e.getMessage());
    }
  }

  private Resp health() {
    ObjectNode out = Json.object();
    out.put("status", "ok");
    out.put("url", sandbox.url().toString());
    out.put("callerPrincipalId", sandbox.config().callerPrincipalId());
    out.put("cloud", sandbox.config().cloud().cloudName());
    return Resp.of(200, out);
  }

  static ObjectNode requests(RequestLog log) {
    ObjectNode out = Json.object();
    out.put("total", log.total());
    ObjectNode counts = out.putObject("counts");
    log.counts().forEach(counts::put);
    ArrayNode entries = out.putArray("entries");
    for (RequestEntry e : log.entries()) {
      ObjectNode o = entries.addObject();
      o.put("method", e.method());
      o.put("path", e.path());
      o.put("template", e.template());
    }
    return out;
  }

  private ObjectNode faults() {
    ObjectNode out = Json.object();
    ArrayNode rules = out.putArray("rules");
    for (FaultRule r : sandbox.faults().rules()) {
      ObjectNode o = rules.addObject();
      o.put("method", r.method());
      o.put("path", r.path());
      o.put("action", r.action().name());
      o.put("status", r.status());
      o.put("retryAfterSeconds", r.retryAfterSeconds());
      o.put("latencyMs", r.latency().toMillis());
      o.put("times", r.times());
      o.put("probability", r.probability());
    }
    return out;
  }

  private void addFaults(JsonNode doc) {
    if (doc == null) {
      throw new IllegalArgumentException("a fault rule (or {\"rules\":[...]}) is required");
    }
    if (doc.has("rules")) {
      doc.get("rules").forEach(r -> sandbox.faults().add(parseRule(r)));
    } else {
      sandbox.faults().add(parseRule(doc));
    }
  }

  /** Parses one rule: method, path, action (status|drop|latency|failLro) and its parameters. */
  static FaultRule parseRule(JsonNode r) {
    String action = Json.text(r, "action");
    FaultAction a;
    switch (action == null ? "" : action.toLowerCase(Locale.ROOT).replace("_", "")) {
      case "status" -> a = FaultAction.STATUS;
      case "drop" -> a = FaultAction.DROP;
      case "latency" -> a = FaultAction.LATENCY;
      case "faillro" -> a = FaultAction.FAIL_LRO;
      default ->
          throw new IllegalArgumentException(
              "fault action must be one of status, drop, latency, failLro");
    }
    return new FaultRule(
        Json.text(r, "method"),
        Json.text(r, "path"),
        a,
        r.path("status").asInt(0),
        r.path("retryAfterSeconds").asInt(1),
        Duration.ofMillis(r.path("latencyMs").asLong(0)),
        r.path("times").asInt(0),
        r.path("probability").asDouble(0));
  }
}
