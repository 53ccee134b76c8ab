package dtplan.azure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The parents destinations take a field from (an event hub's namespace, a container's account, a
 * database's cluster), each read once per read of live state. They start with the first round,
 * beside their children, instead of after a child's answer: a child and its parent then take one
 * round trip, not two, and no reading thread holds a slot of the pool a round trip long, waiting on
 * a parent, while the per-instance lists queue behind it (issue 19: at parallelism 32, the six
 * event hubs of the benchmark waiting on their one namespace pushed six role-assignment lists into
 * a third round trip).
 *
 * <p>Whichever thread needs a parent first reads it. A child that finds its parent's read not yet
 * begun reads it itself rather than wait for the pool, so a pool of one thread cannot wait on
 * itself; a read that has begun is waited for, never made twice.
 */
final class ParentReads {
  private final Map<String, Shared> byId = new ConcurrentHashMap<>();
  private final List<Future<?>> started = new ArrayList<>();

  /** Starts reading {@code parentId} on the pool, unless a read of it exists already. */
  void start(String parentId, Supplier<JsonNode> read, Bounded reads) {
    Shared shared = new Shared(read);
    if (byId.putIfAbsent(key(parentId), shared) == null) {
      started.add(reads.start(shared::run));
    }
  }

  /** The parent's resource, null when Azure has none; read now if no read of it has begun. */
  JsonNode get(String parentId, Supplier<JsonNode> read) {
    return byId.computeIfAbsent(key(parentId), k -> new Shared(read)).get();
  }

  /**
   * Waits for every parent read started, whether a child used it or not (a child that turned out
   * missing needs none), so that a read of live state ends with all its requests answered. A
   * failure is reported by the children that needed the parent, not here.
   */
  void awaitStarted() {
    for (Future<?> f : started) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (java.util.concurrent.ExecutionException e) {
        // Shared.run keeps its failure for get(); nothing reaches here.
      }
    }
  }

  private static String key(String parentId) {
    return parentId.toLowerCase(Locale.ROOT);
  }

  /** One parent's read: run once, by the first thread that asks, and its answer kept. */
  private static final class Shared {
    private final Supplier<JsonNode> read;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<Optional<JsonNode>> answer = new CompletableFuture<>();

    Shared(Supplier<JsonNode> read) {
      this.read = read;
    }

    Void run() {
      if (claimed.compareAndSet(false, true)) {
        try {
          answer.complete(Optional.ofNullable(read.get()));
        } catch (RuntimeException e) {
          answer.completeExceptionally(e);
        }
      }
      return null;
    }

    JsonNode get() {
      run();
      try {
        return answer.join().orElse(null);
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw e;
      }
    }
  }
}
