package dtplan.apply;

import dtplan.model.Instance;
import dtplan.model.Resource;
import dtplan.model.UserIdentity;
import dtplan.plan.PlannedChange;
import dtplan.plan.ResourceAddress;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.Step;
import dtplan.provider.CreateRequest;
import dtplan.provider.DeleteRequest;
import dtplan.provider.Provider;
import dtplan.provider.ProviderException;
import dtplan.provider.UpdateRequest;
import dtplan.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Walks an {@link ExecutionGraph} with at most {@code parallelism} provider calls at once. Values a
 * plan could not know (the principal id of an identity created by an earlier step) flow from the
 * step that produces them to the steps that need them. Nothing is planned again.
 */
public final class Applier {
  private final Provider provider;
  private final ApplyListener listener;
  private final ApplyOptions options;
  private final Time time;
  private final AtomicBoolean stopRequested = new AtomicBoolean();

  /**
   * @param options parallelism, heartbeat, stop grace, step retries, and the time steps are timed
   *     on ({@link StepOutcome#started()}, {@link StepOutcome#finished()}, hence how long routes
   *     were missing: {@link RouteGap}) and retries wait on
   */
  public Applier(Provider provider, ApplyListener listener, ApplyOptions options) {
    this.provider = provider;
    this.listener = listener;
    this.options = options;
    this.time = options.time();
  }

  /** Stop starting new steps; those in flight finish. Safe to call from a signal handler. */
  public void requestStop() {
    stopRequested.set(true);
  }

  public ApplyResult apply(ExecutionGraph graph) {
    List<Step> order = graph.topologicalOrder();
    Map<Step, Integer> position = new HashMap<>();
    Map<Step, Integer> waitingOn = new HashMap<>();
    for (Step s : order) {
      position.put(s, position.size());
      waitingOn.put(s, graph.prerequisites(s).size());
    }
    // Ready steps start in plan order, so an apply reads the same way every time.
    java.util.PriorityQueue<Step> ready =
        new java.util.PriorityQueue<>(java.util.Comparator.comparingInt(position::get));
    order.stream().filter(s -> waitingOn.get(s) == 0).forEach(ready::add);
    Map<Step, StepOutcome> outcomes = new LinkedHashMap<>();
    Map<ResourceAddress, Resource> results = new java.util.concurrent.ConcurrentHashMap<>();
    Set<Step> started = new HashSet<>();
    int parallelism = options.parallelism();
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, daemon("dtplan-apply"));
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(daemon("dtplan-heartbeat"));
    CompletionService<StepOutcome> done = new ExecutorCompletionService<>(pool);
    int inFlight = 0;
    long stopDeadline = Long.MAX_VALUE;
    try {
      while (true) {
        while (!stopRequested.get() && inFlight < parallelism && !ready.isEmpty()) {
          Step s = ready.poll();
          if (outcomes.containsKey(s)) {
            continue; // skipped after it became ready
          }
          started.add(s);
          inFlight++;
          done.submit(() -> run(s, results, ticker));
        }
        if (inFlight == 0) {
          break;
        }
        StepOutcome outcome = null;
        while (outcome == null) {
          if (stopRequested.get() && stopDeadline == Long.MAX_VALUE) {
            stopDeadline = time.nanos() + options.stopGrace().toNanos();
          }
          outcome = next(done, stopDeadline);
          if (outcome == null && time.nanos() >= stopDeadline) {
            break;
          }
        }
        if (outcome == null) {
          abandon(started, outcomes);
          break;
        }
        inFlight--;
        outcomes.put(outcome.step(), outcome);
        listener.finished(outcome);
        if (outcome.status() == StepOutcome.Status.DONE) {
          for (Step d : graph.dependents(outcome.step())) {
            if (waitingOn.merge(d, -1, Integer::sum) == 0) {
              ready.add(d);
            }
          }
          if (resultOf(outcome.step()) != null) {
            results.put(outcome.step().address(), resultOf(outcome.step()));
          }
        } else {
          skipDependents(graph, outcome.step(), outcomes);
        }
      }
    } finally {
      pool.shutdownNow();
      ticker.shutdownNow();
    }
    List<StepOutcome> ordered = new ArrayList<>();
    for (Step s : order) {
      ordered.add(
          outcomes.getOrDefault(
              s, new StepOutcome(s, StepOutcome.Status.NOT_STARTED, Duration.ZERO, null)));
    }
    return new ApplyResult(ordered, stopRequested.get());
  }

  private final Map<Step, Resource> produced = new java.util.concurrent.ConcurrentHashMap<>();

  private Resource resultOf(Step step) {
    return produced.get(step);
  }

  private StepOutcome run(
      Step step, Map<ResourceAddress, Resource> results, ScheduledExecutorService ticker) {
    long start = time.nanos();
    Instant started = time.instant();
    listener.started(step);
    // The heartbeat is scheduled on the real clock: it reports on work in progress, and a fake
    // clock that moves only when someone sleeps would never fire it.
    long every = options.heartbeat().toMillis();
    Future<?> beat =
        ticker.scheduleAtFixedRate(
            () -> listener.stillRunning(step, Duration.ofNanos(time.nanos() - start)),
            every,
            every,
            TimeUnit.MILLISECONDS);
    StepOutcome.Status status = StepOutcome.Status.DONE;
    String error = null;
    try {
      Resource result = executeWithRetries(step, results);
      if (result != null) {
        produced.put(step, result);
      }
    } catch (ProviderException e) {
      status = StepOutcome.Status.FAILED;
      error = e.getMessage();
    } catch (RuntimeException e) {
      status = StepOutcome.Status.FAILED;
      error = "unexpected error: " + e;
    } finally {
      beat.cancel(false);
    }
    Instant finished = time.instant();
    return new StepOutcome(
        step, status, Duration.between(started, finished), error, started, finished);
  }

  /**
   * The provider already retries each HTTP call; a step that still fails transiently (throttling
   * that outlasted those retries) runs again, a bounded number of times, since every provider call
   * is idempotent. A stop request ends the retrying.
   */
  private Resource executeWithRetries(Step step, Map<ResourceAddress, Resource> results) {
    for (int attempt = 1; ; attempt++) {
      try {
        return execute(step, results);
      } catch (ProviderException e) {
        if (!e.transientFailure() || attempt >= options.stepAttempts() || stopRequested.get()) {
          throw e;
        }
        listener.retrying(step, attempt + 1, e.getMessage());
        pause(options.delayBefore(attempt + 1));
      }
    }
  }

  private void pause(Duration d) {
    try {
      time.sleep(d);
    } catch (InterruptedException e) {
      // Only when apply no longer waits for this step (its pool is shut down); the flag stays set
      // for the next attempt's provider call to see.
      Thread.currentThread().interrupt();
    }
  }

  private Resource execute(Step step, Map<ResourceAddress, Resource> results) {
    PlannedChange c = step.change();
    return switch (step.operation()) {
      case CREATE -> provider.create(new CreateRequest(resolve(c, results))).created();
      case UPDATE -> provider.update(new UpdateRequest(c.before(), resolve(c, results))).updated();
      case DELETE -> {
        provider.delete(new DeleteRequest(c.before()));
        yield null;
      }
    };
  }

  /** The desired resource with the values earlier steps produced filled in. */
  static Resource resolve(PlannedChange c, Map<ResourceAddress, Resource> results) {
    Resource desired = c.after();
    ResourceAddress source = c.unknowns().get(dtplan.model.RoleAssignment.PRINCIPAL_ID);
    if (source == null) {
      return desired;
    }
    Resource producer = results.get(source);
    String principal =
        producer instanceof Instance i
            ? i.identity().principalId()
            : producer instanceof UserIdentity u ? u.principalId() : null;
    if (principal == null) {
      throw new ProviderException(
          "PrincipalUnknown",
          "the principal id of " + source + " is not known: its step did not report one",
          desired.id(),
          false);
    }
    return withPrincipal(desired, principal);
  }

  private static <R extends Resource> R withPrincipal(R desired, String principal) {
    return dtplan.plan.kinds.Kinds.of(desired).withPrincipal(desired, principal);
  }

  private void skipDependents(ExecutionGraph graph, Step failed, Map<Step, StepOutcome> outcomes) {
    for (Step d : graph.dependents(failed)) {
      if (!outcomes.containsKey(d)) {
        StepOutcome skipped =
            new StepOutcome(
                d,
                StepOutcome.Status.SKIPPED,
                Duration.ZERO,
                "skipped: " + failed.id() + " did not succeed");
        outcomes.put(d, skipped);
        listener.finished(skipped);
        skipDependents(graph, d, outcomes);
      }
    }
  }

  /** Steps still running when the grace after a stop ran out: they may be half-done in Azure. */
  private void abandon(Set<Step> started, Map<Step, StepOutcome> outcomes) {
    for (Step s : started) {
      if (!outcomes.containsKey(s)) {
        StepOutcome abandoned =
            new StepOutcome(
                s,
                StepOutcome.Status.ABANDONED,
                options.stopGrace(),
                "still running when dtplan stopped waiting; it may be half-done");
        outcomes.put(s, abandoned);
        listener.finished(abandoned);
      }
    }
  }

  /**
   * The next finished step, or null after a short wait (so a stop request is noticed while steps
   * run) or once the stop deadline has passed.
   */
  private StepOutcome next(CompletionService<StepOutcome> done, long deadline) {
    try {
      long poll = TimeUnit.MILLISECONDS.toNanos(200);
      long wait =
          deadline == Long.MAX_VALUE ? poll : Math.min(poll, Math.max(0, deadline - time.nanos()));
      Future<StepOutcome> f = done.poll(wait, TimeUnit.NANOSECONDS);
      return f == null ? null : f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("apply was interrupted while waiting for a step", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a step escaped its own error handling", e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
