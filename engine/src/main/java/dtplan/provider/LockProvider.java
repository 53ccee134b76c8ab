package dtplan.provider;

/**
 * Where a stack's lock lives: a lease that expires unless renewed, so that a run which dies frees
 * it by itself. The engine decides when to take, renew and give up the lock; implementations only
 * carry out one call each, and throw {@link ProviderException} when the place the lock should live
 * does not exist or cannot be reached.
 */
public interface LockProvider {
  /**
   * Takes the lock at once or throws {@link LockHeldException} naming who holds it; never waits.
   */
  Lock acquire(LockRequest request);

  /**
   * Ends whatever lease is held on the lock now, whoever holds it, and returns who that was (null
   * when nobody held it).
   */
  LockHolder breakLock(String container, String stack);

  /** A lease held by this process. */
  interface Lock {
    /** Extends the lease by its full period; throws when the lease was lost meanwhile. */
    void renew();

    /** Gives the lease up at once, so that the next run need not wait for it to expire. */
    void release();
  }
}
