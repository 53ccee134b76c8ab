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
 * Runs independent calls with at most {@code parallelism} in flight and returns their results in
 * order. The first failure wins; the rest are cancelled.
 */
final class Bounded {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private Bounded() {}

  static <T> List<T> all(int parallelism, List<Callable<T>> calls) {
    if (calls.isEmpty()) {
      return List.of();
    }
    if (calls.size() == 1 || parallelism == 1) {
      List<T> out = new ArrayList<>();
      for (Callable<T> c : calls) {
        out.add(callDirect(c));
      }
      return out;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(parallelism, calls.size()),
            r -> {
              Thread t = new Thread(r, "dtplan-azure-read-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> c : calls) {
        futures.add(pool.submit(c));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new ProviderException("ReadFailed", "Reading live state failed.", null, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException("Interrupted", "Reading live state was interrupted.", null, true);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T callDirect(Callable<T> c) {
    try {
      return c.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ProviderException("ReadFailed", "Reading live state failed.", null, false);
    }
  }
}
