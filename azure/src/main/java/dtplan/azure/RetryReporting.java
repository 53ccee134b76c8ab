package dtplan.azure;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.util.Context;
import dtplan.provider.ProviderListener;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Makes the SDK RetryPolicy's retries visible. It sits after the RetryPolicy, so it sees every
 * attempt; when an attempt fails in a way {@link TransientRetryStrategy} retries, it tells the
 * listener carried in the request's {@link Context} which resource waits, why, and for how long.
 * The connection is shared by callers with different listeners, hence the Context and not a field.
 */
final class RetryReporting implements HttpPipelinePolicy {
  private static final String REPORTER_KEY = "dtplan-retry-reporter";
  private static final String ATTEMPT_KEY = "dtplan-attempt";

  private final TransientRetryStrategy strategy;

  /**
   * @param strategy the pipeline's own, whose delays the reports quote
   */
  RetryReporting(TransientRetryStrategy strategy) {
    this.strategy = strategy;
  }

  /** Who hears about retries of requests sent with this context. */
  record Reporter(ProviderListener listener, String resourceId) {}

  static Context context(ProviderListener listener, String resourceId) {
    return new Context(REPORTER_KEY, new Reporter(listener, resourceId));
  }

  @Override
  public Mono<HttpResponse> process(HttpPipelineCallContext ctx, HttpPipelineNextPolicy next) {
    int attempt = nextAttempt(ctx);
    return next.process()
        .doOnNext(r -> observe(ctx, attempt, r, null))
        .doOnError(e -> observe(ctx, attempt, null, e));
  }

  @Override
  public HttpResponse processSync(HttpPipelineCallContext ctx, HttpPipelineNextSyncPolicy next) {
    int attempt = nextAttempt(ctx);
    HttpResponse response;
    try {
      response = next.processSync();
    } catch (RuntimeException e) {
      observe(ctx, attempt, null, e);
      throw e;
    }
    observe(ctx, attempt, response, null);
    return response;
  }

  private static int nextAttempt(HttpPipelineCallContext ctx) {
    int attempt = (Integer) ctx.getData(ATTEMPT_KEY).orElse(0) + 1;
    ctx.setData(ATTEMPT_KEY, attempt);
    return attempt;
  }

  private void observe(
      HttpPipelineCallContext ctx, int attempt, HttpResponse response, Throwable error) {
    Object reporter = ctx.getData(REPORTER_KEY).orElse(null);
    if (!(reporter instanceof Reporter r)) {
      return;
    }
    String code;
    Duration delay;
    if (response != null) {
      if (!TransientRetryStrategy.isTransientStatus(response.getStatusCode())
          || attempt > TransientRetryStrategy.MAX_RETRIES) {
        return;
      }
      code = statusCode(response);
      delay = retryAfter(response, attempt);
    } else {
      boolean connect = TransientRetryStrategy.isConnectFailure(error);
      int bound =
          connect ? TransientRetryStrategy.MAX_CONNECT_RETRIES : TransientRetryStrategy.MAX_RETRIES;
      if (!TransientRetryStrategy.isTransientException(error) || attempt > bound) {
        return;
      }
      code = connect ? "ConnectionFailed" : "ConnectionError";
      delay = strategy.nominalDelay(attempt - 1);
    }
    r.listener().retrying(r.resourceId(), code, attempt, delay);
  }

  private static String statusCode(HttpResponse response) {
    String header = response.getHeaderValue("x-ms-error-code");
    if (header != null && !header.isBlank()) {
      return header;
    }
    return response.getStatusCode() == 429 ? "TooManyRequests" : "HTTP " + response.getStatusCode();
  }

  private Duration retryAfter(HttpResponse response, int attempt) {
    for (String name : new String[] {"retry-after-ms", "x-ms-retry-after-ms"}) {
      String ms = response.getHeaderValue(name);
      if (ms != null) {
        try {
          return Duration.ofMillis(Long.parseLong(ms.trim()));
        } catch (NumberFormatException ignored) {
          // fall through to the next header
        }
      }
    }
    String seconds = response.getHeaderValue("Retry-After");
    if (seconds != null) {
      try {
        return Duration.ofSeconds(Long.parseLong(seconds.trim()));
      } catch (NumberFormatException ignored) {
        // an HTTP date: the nominal delay is close enough for a progress message
      }
    }
    return strategy.nominalDelay(attempt - 1);
  }
}
