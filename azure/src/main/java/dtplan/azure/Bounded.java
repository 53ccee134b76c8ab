package dtplan.azure;

import dtplan.provider.ProviderException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent calls with at most {@code parallelism} in flight. {@link #all} runs a list and
 * returns the results in order; an open {@code Bounded} takes calls as they become known, so a call
 * that needs one earlier answer starts when that answer is in, not when all are (issue 19: the
 * per-instance lists of a read wait for the instance list, not for the destinations). Results are
 * joined in the order the caller asks; the first failure so joined wins, and closing cancels the
 * rest.
 */
final class Bounded implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ExecutorService pool;

  Bounded(int parallelism) {
    pool =
        Executors.newFixedThreadPool(
            parallelism,
            r -> {
              Thread t = new Thread(r, "dtplan-azure-read-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  <T> List<Future<T>> startAll(List<Callable<T>> calls) {
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> c : calls) {
      futures.add(pool.submit(c));
    }
    return futures;
  }

  <T> Future<T> start(Callable<T> call) {
    return pool.submit(call);
  }

  static <T> List<T> joinAll(List<Future<T>> futures) {
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) {
      out.add(join(f));
    }
    return out;
  }

  static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new ProviderException("ReadFailed", "Reading live state failed.", null, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException("Interrupted", "Reading live state was interrupted.", null, true);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
