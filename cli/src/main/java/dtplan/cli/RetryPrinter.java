package dtplan.cli;

import dtplan.provider.ProviderListener;
import java.io.PrintWriter;
import java.time.Duration;

/** Shows each retry, so a slow apply is never silent about why. */
final class RetryPrinter implements ProviderListener {
  private final PrintWriter err;

  RetryPrinter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void retrying(String resourceId, String code, int attempt, Duration delay) {
    synchronized (err) {
      err.printf(
          "  retrying %s after %s (attempt %d, in %.1fs)%n",
          resourceId, code, attempt, delay.toMillis() / 1000.0);
      err.flush();
    }
  }
}
