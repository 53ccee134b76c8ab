package dtplan.azure;

import com.azure.core.http.HttpHeader;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.util.BinaryData;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import reactor.core.publisher.Mono;

/**
 * dtplan's own HTTP log ({@code DTPLAN_LOG}, see {@link LogLevel}); the SDK's is pinned off ({@link
 * AzureConnection#noHttpLogging()}). It sits last in both pipelines, after the retry policy and
 * authentication, so it sees every attempt as sent: at {@code debug} one line per attempt with
 * method, URL, status, time and attempt number; at {@code trace} also the request's and response's
 * headers and bodies. Everything printed goes through {@link Redactor} first.
 */
public final class HttpTrace implements HttpPipelinePolicy {
  private static final String ATTEMPT_KEY = "dtplan-trace-attempt";

  private final LogLevel level;
  private final Consumer<String> sink;

  public HttpTrace(LogLevel level, Consumer<String> sink) {
    this.level = level;
    this.sink = sink;
  }

  /** At the level {@code DTPLAN_LOG} asks for, to stderr. */
  public static HttpTrace fromEnvironment() {
    PrintStream err = System.err;
    return new HttpTrace(
        LogLevel.fromEnvironment(),
        line -> {
          synchronized (err) {
            err.println(line);
            err.flush();
          }
        });
  }

  public boolean enabled() {
    return level != LogLevel.OFF;
  }

  @Override
  public Mono<HttpResponse> process(HttpPipelineCallContext ctx, HttpPipelineNextPolicy next) {
    return Mono.defer(
        () -> {
          int attempt = nextAttempt(ctx);
          long start = System.nanoTime();
          String request = request(ctx.getHttpRequest());
          return next.process()
              .flatMap(
                  r -> {
                    if (!level.atLeast(LogLevel.TRACE)) {
                      log(request, attempt, start, r, null, null);
                      return Mono.just(r);
                    }
                    HttpResponse buffered = r.buffer();
                    return buffered
                        .getBodyAsString()
                        .defaultIfEmpty("")
                        .map(
                            body -> {
                              log(request, attempt, start, buffered, body, null);
                              return buffered;
                            });
                  })
              .doOnError(e -> log(request, attempt, start, null, null, e));
        });
  }

  @Override
  public HttpResponse processSync(HttpPipelineCallContext ctx, HttpPipelineNextSyncPolicy next) {
    int attempt = nextAttempt(ctx);
    long start = System.nanoTime();
    String request = request(ctx.getHttpRequest());
    HttpResponse response;
    try {
      response = next.processSync();
    } catch (RuntimeException e) {
      log(request, attempt, start, null, null, e);
      throw e;
    }
    if (!level.atLeast(LogLevel.TRACE)) {
      log(request, attempt, start, response, null, null);
      return response;
    }
    HttpResponse buffered = response.buffer();
    BinaryData body = buffered.getBodyAsBinaryData();
    log(request, attempt, start, buffered, body == null ? "" : body.toString(), null);
    return buffered;
  }

  private static int nextAttempt(HttpPipelineCallContext ctx) {
    int attempt = (Integer) ctx.getData(ATTEMPT_KEY).orElse(0) + 1;
    ctx.setData(ATTEMPT_KEY, attempt);
    return attempt;
  }

  /** The request line, and at trace its headers and body, taken before it is sent. */
  private String request(HttpRequest r) {
    StringBuilder s =
        new StringBuilder(r.getHttpMethod().toString())
            .append(' ')
            .append(Redactor.url(r.getUrl().toString()));
    if (level.atLeast(LogLevel.TRACE)) {
      for (HttpHeader h : r.getHeaders()) {
        s.append("\n  > ").append(h.getName()).append(": ");
        s.append(Redactor.header(h.getName(), h.getValue()));
      }
      BinaryData body = r.getBodyAsBinaryData();
      if (body != null) {
        // A streamed body could be read only once: the request needs it more than the log does.
        s.append("\n  > body: ")
            .append(body.isReplayable() ? Redactor.body(body.toString()) : "(streamed: not shown)");
      }
    }
    return s.toString();
  }

  private void log(
      String request,
      int attempt,
      long start,
      HttpResponse response,
      String responseBody,
      Throwable error) {
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String[] lines = request.split("\n", 2);
    StringBuilder s =
        new StringBuilder("[dtplan ")
            .append(Instant.now().truncatedTo(ChronoUnit.MILLIS))
            .append("] ")
            .append(level == LogLevel.TRACE ? "TRACE " : "DEBUG ")
            .append(lines[0])
            .append(" -> ");
    if (response != null) {
      s.append(response.getStatusCode());
    } else {
      s.append("failed: ").append(Redactor.text(reason(error)));
    }
    s.append(" (").append(took.toMillis()).append(" ms, attempt ").append(attempt).append(')');
    if (lines.length > 1) {
      s.append('\n').append(lines[1]);
    }
    if (response != null && level.atLeast(LogLevel.TRACE)) {
      for (HttpHeader h : response.getHeaders()) {
        s.append("\n  < ").append(h.getName()).append(": ");
        s.append(Redactor.header(h.getName(), h.getValue()));
      }
      s.append("\n  < body: ").append(Redactor.body(responseBody));
    }
    sink.accept(s.toString());
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
