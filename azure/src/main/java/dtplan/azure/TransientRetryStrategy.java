package dtplan.azure;

import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.RequestRetryCondition;
import com.azure.core.http.policy.RetryStrategy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;

/**
 * Which HTTP failures the SDK pipeline retries, and how long it waits. The same as ARM's default (3
 * retries, exponential from 0.8 s to 8 s unless {@link HttpRetryDelays} says otherwise, Retry-After
 * honoured by RetryPolicy) except that a connection that cannot be opened at all is tried only
 * twice: an address nobody listens on will not start listening within seconds, and the user should
 * hear about it at once, not after 7 s.
 */
final class TransientRetryStrategy implements RetryStrategy {
  static final int MAX_RETRIES = 3;
  static final int MAX_CONNECT_RETRIES = 1;
  private final HttpRetryDelays delays;

  TransientRetryStrategy(HttpRetryDelays delays) {
    this.delays = delays;
  }

  @Override
  public int getMaxRetries() {
    return MAX_RETRIES;
  }

  @Override
  public Duration calculateRetryDelay(int retryAttempt) {
    long nominal = nominalDelay(retryAttempt).toMillis();
    long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, nominal / 5));
    return Duration.ofMillis(Math.min(delays.max().toMillis(), nominal - nominal / 10 + jitter));
  }

  /** The delay before retry number {@code retryAttempt} (0-based), without jitter. */
  Duration nominalDelay(int retryAttempt) {
    long millis = delays.base().toMillis() << Math.min(retryAttempt, 10);
    return Duration.ofMillis(Math.min(millis, delays.max().toMillis()));
  }

  @Override
  public boolean shouldRetry(HttpResponse response) {
    return isTransientStatus(response.getStatusCode());
  }

  @Override
  public boolean shouldRetryException(Throwable throwable) {
    return isTransientException(throwable);
  }

  @Override
  public boolean shouldRetryCondition(RequestRetryCondition condition) {
    if (condition.getResponse() != null) {
      return shouldRetry(condition.getResponse());
    }
    // RetryPolicy also asks about each cause of the exception in turn, so a refused connection
    // is recognised by this or any earlier attempt's exception, not just by the one asked about.
    Throwable t = condition.getThrowable();
    boolean connectFailure =
        isConnectFailure(t)
            || condition.getRetriedThrowables().stream()
                .anyMatch(TransientRetryStrategy::isConnectFailure);
    if (connectFailure) {
      return condition.getTryCount() < MAX_CONNECT_RETRIES;
    }
    return isTransientException(t);
  }

  static boolean isTransientStatus(int status) {
    return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
  }

  static boolean isTransientException(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof IOException || c instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** Nothing answered at the address: refused, unknown host or connect timeout. */
  static boolean isConnectFailure(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ConnectException
          || c instanceof UnknownHostException
          || c instanceof HttpConnectTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
