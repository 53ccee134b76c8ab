package dtplan.cli;

import dtplan.provider.ProviderListener;
import java.io.PrintWriter;
import java.time.Duration;

/** Shows each retry and each wait, so a slow plan or apply is never silent about why. */
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

  @Override
  public void waiting(String resourceId, String state, Duration waited, Duration bound) {
    synchronized (err) {
      err.printf(
          "  waiting for %s: an operation on it is still running (%s; %ds so far, at most %ds)%n",
          resourceId, state, waited.toSeconds(), bound.toSeconds());
      err.flush();
    }
  }
}
