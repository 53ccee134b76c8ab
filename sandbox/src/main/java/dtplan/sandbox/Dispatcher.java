package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server's one handler: browser guard, admin API, request log, faults, latency, auth, then ARM
 * or data plane. Every answer goes through here so errors always have Azure's shape.
 */
final class Dispatcher implements HttpHandler {
  private final Backend b;
  private final Arm arm;
  private final DataPlane dataPlane;
  private final Admin admin;
  private final RequestLog log;
  private final Faults faults;
  private final Blobs blobs;

  Dispatcher(Backend b, Arm arm, Admin admin, RequestLog log, Faults faults) {
    this.b = b;
    this.arm = arm;
    this.dataPlane = new DataPlane(b);
    this.admin = admin;
    this.log = log;
    this.faults = faults;
    this.blobs = new Blobs(b);
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try (ex) {
      serve(ex);
    } catch (RuntimeException e) {
      // A broken client connection or a bug: never leak a stack trace to the caller.
      try {
        write(ex, "GET", error(new ApiError(500, "InternalServerError", "Internal error.")));
      } catch (IOException | RuntimeException ignored) {
        // the exchange is already unusable
      }
    }
  }

  private void serve(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
    String raw = ex.getRequestURI().toString();
    String path = Paths.normalise(raw);
    byte[] bytes;
    try (InputStream in = ex.getRequestBody()) {
      bytes = in.readAllBytes();
    }
    try {
      BrowserGuard.check(
          ex.getRequestHeaders(), ex.getRequestURI(), ex.getLocalAddress().getPort());
    } catch (ApiError e) {
      write(ex, method, error(e)); // before the log, faults and state: a refusal changes nothing
      return;
    }
    if (path.equals("/_sandbox") || path.startsWith("/_sandbox/")) {
      write(
          ex,
          method,
          safely(
              () -> {
                BrowserGuard.checkAdmin(ex.getRequestHeaders());
                return admin.handle(method, path, bytes);
              }));
      return;
    }
    log.record(new RequestEntry(method, path, Paths.template(path)));
    sleep(b.config.latency().toMillis());
    boolean failLro = false;
    for (FaultRule f : faults.fire(method, path)) {
      switch (f.action()) {
        case LATENCY -> sleep(f.latency().toMillis());
        case DROP -> {
          return; // closing the exchange without headers closes the connection
        }
        case FAIL_LRO -> failLro = true;
        case STATUS -> {
          write(ex, method, injected(f));
          return;
        }
      }
    }
    boolean authorised =
        String.valueOf(ex.getRequestHeaders().getFirst("Authorization")).startsWith("Bearer ");
    if (!authorised) {
      write(
          ex,
          method,
          error(
              new ApiError(
                  401,
                  "AuthenticationFailed",
                  "Authentication failed. The 'Authorization' header is missing or is not a"
                      + " Bearer token.")));
      return;
    }
    List<String> segments = Paths.segments(path);
    Blobs.Answer blob = blobCall(method, segments, raw, ex);
    if (blob != null) {
      writeBlob(ex, method, blob);
      return;
    }
    boolean dataPlaneCall = !segments.isEmpty() && Paths.is(segments.get(0), "_dataplane");
    boolean fail = failLro;
    Resp resp =
        safely(
            () -> {
              JsonNode body = Json.parse(bytes);
              Req req =
                  new Req(
                      method,
                      path,
                      segments,
                      Paths.query(Paths.rawQuery(raw)),
                      headers(ex),
                      body,
                      fail);
              synchronized (b.lock) {
                boolean changed = b.advance();
                try {
                  return dataPlaneCall ? dataPlane.handle(req) : arm.handle(req);
                } finally {
                  if (changed || !(method.equals("GET") || method.equals("HEAD"))) {
                    b.save();
                  }
                }
              }
            });
    if (dataPlaneCall) {
      // As the data plane answers in the recordings (EventRoutesTest.*.json): every answer carries
      // retry-after: 0, and an error body is {"error":{"code","message"}}, without ARM's details.
      resp.header("retry-after", "0");
      ObjectNode err = Json.obj(resp.body(), "error");
      if (err != null) {
        err.remove("details");
      }
    }
    write(ex, method, resp);
  }

  /** A Blob service call's answer, or null when the path is not one (Blobs.serves). */
  private Blobs.Answer blobCall(String method, List<String> segments, String raw, HttpExchange ex) {
    synchronized (b.lock) {
      if (!blobs.serves(segments)) {
        return null;
      }
      b.advance();
      Blobs.Answer a =
          blobs.handle(method, segments, Paths.query(Paths.rawQuery(raw)), headers(ex));
      b.save();
      return a;
    }
  }

  /** The Blob service answers errors in XML, not ARM's JSON (docs/sandbox.md, Blob service). */
  private static void writeBlob(HttpExchange ex, String method, Blobs.Answer a) throws IOException {
    a.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    ex.getResponseHeaders().set("x-ms-request-id", Backend.newGuid());
    ex.getResponseHeaders().remove("Content-Length");
    byte[] out =
        a.errorBody() == null || method.equals("HEAD")
            ? new byte[0]
            : a.errorBody().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (out.length > 0) {
      ex.getResponseHeaders().set("Content-Type", "application/xml");
    }
    ex.sendResponseHeaders(a.status(), out.length == 0 ? -1 : out.length);
    if (out.length > 0) {
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      }
    }
  }

  private static Map<String, String> headers(HttpExchange ex) {
    Map<String, String> out = new java.util.HashMap<>();
    ex.getRequestHeaders()
        .forEach(
            (k, v) -> {
              if (!v.isEmpty()) {
                out.put(k.toLowerCase(Locale.ROOT), v.get(0));
              }
            });
    return out;
  }

  private static Resp injected(FaultRule f) {
    String code =
        switch (f.status()) {
          case 429 -> "TooManyRequests";
          case 503 -> "ServiceUnavailable";
          case 500 -> "InternalServerError";
          default -> "InjectedFault";
        };
    Resp r =
        error(
            new ApiError(
                f.status(), code, "Injected by a sandbox fault rule (" + f.status() + ")."));
    if (f.status() == 429 || f.status() == 503) {
      r.header("Retry-After", String.valueOf(Math.max(1, f.retryAfterSeconds())));
    }
    return r;
  }

  interface Call {
    Resp run();
  }

  static Resp safely(Call call) {
    try {
      return call.run();
    } catch (ApiError e) {
      return error(e);
    } catch (RuntimeException e) {
      return error(new ApiError(500, "InternalServerError", "Internal error: " + e.getMessage()));
    }
  }

  static Resp error(ApiError e) {
    ObjectNode body = Json.object();
    ObjectNode err = body.putObject("error");
    err.put("code", e.code());
    err.put("message", e.getMessage());
    err.putArray("details");
    return Resp.of(e.status(), body).header("x-ms-error-code", e.code());
  }

  private static void write(HttpExchange ex, String method, Resp resp) throws IOException {
    for (Map.Entry<String, String> h : resp.headers().entrySet()) {
      ex.getResponseHeaders().set(h.getKey(), h.getValue());
    }
    ex.getResponseHeaders().set("x-ms-request-id", Backend.newGuid());
    byte[] out = resp.body() == null ? new byte[0] : Json.bytes(resp.body());
    if (resp.body() != null) {
      ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    }
    boolean noBody = method.equals("HEAD") || resp.status() == 204 || out.length == 0;
    ex.sendResponseHeaders(resp.status(), noBody ? -1 : out.length);
    if (!noBody) {
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      }
    }
  }

  /**
   * Emulated network latency is spent in real time, not on the configured clock: the client waiting
   * on its socket lives in real time, and a fake clock moved by a test cannot make it wait less.
   */
  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
