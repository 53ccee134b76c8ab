package dtplan.apply;

import dtplan.provider.LockHeldException;
import dtplan.provider.LockProvider;
import dtplan.provider.LockRequest;
import dtplan.time.Time;
import java.time.Duration;

/**
 * A stack's lock, held for one run: taken before live state is read, renewed at a third of the
 * lease so that two renewals may fail before it lapses, released when the run ends. A run that dies
 * stops renewing, and the lease frees itself within one period.
 */
public final class StackLock implements AutoCloseable {
  /**
   * Terraform's azurerm backend leases for 60 s too: the longest finite lease the Blob service has.
   */
  public static final Duration LEASE = Duration.ofSeconds(60);

  /** How often a waiting run tries again; short enough that a released lock is noticed soon. */
  static final Duration RETRY = Duration.ofSeconds(2);

  /** Runs a task every period until cancelled: a scheduler in production, a hand in tests. */
  public interface Renewals {
    Runnable every(Duration period, Runnable task);
  }

  /** Renewals on one daemon thread, so that a run never waits for its renewer to exit. */
  public static Renewals scheduled() {
    return (period, task) -> {
      java.util.concurrent.ScheduledExecutorService pool =
          java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "dtplan-lock-renewal");
                t.setDaemon(true);
                return t;
              });
      pool.scheduleAtFixedRate(
          task, period.toMillis(), period.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      return pool::shutdownNow;
    };
  }

  private final LockProvider.Lock lease;
  private final Runnable cancelRenewals;
  private volatile RuntimeException renewalFailure;

  private StackLock(LockProvider.Lock lease, Renewals renewals) {
    this.lease = lease;
    this.cancelRenewals = renewals.every(LEASE.dividedBy(3), this::renew);
  }

  /**
   * Takes the lock, trying again until {@code timeout} has passed (zero: once), then throws {@link
   * LockHeldException} naming the last holder seen.
   */
  public static StackLock take(
      LockProvider locks, LockRequest request, Duration timeout, Time time, Renewals renewals) {
    long deadline = time.nanos() + timeout.toNanos();
    while (true) {
      try {
        return new StackLock(locks.acquire(request), renewals);
      } catch (LockHeldException held) {
        Duration left = Duration.ofNanos(deadline - time.nanos());
        if (left.isNegative() || left.isZero()) {
          throw held;
        }
        try {
          time.sleep(left.compareTo(RETRY) < 0 ? left : RETRY);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw held;
        }
      }
    }
  }

  private void renew() {
    try {
      lease.renew();
      renewalFailure = null;
    } catch (RuntimeException e) {
      // The next renewal may succeed (a transient failure); if none does, the run learns at the
      // end that its lock may have lapsed, from renewalFailure().
      renewalFailure = e;
    }
  }

  /** The last renewal's failure, or null if the last renewal succeeded. */
  public RuntimeException renewalFailure() {
    return renewalFailure;
  }

  @Override
  public void close() {
    cancelRenewals.run();
    try {
      lease.release();
    } catch (RuntimeException e) {
      // The lease expires within one period anyway; failing the run for it would hide its result.
    }
  }
}
