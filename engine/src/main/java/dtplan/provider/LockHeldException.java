package dtplan.provider;

/**
 * The lock is leased by another run. {@code holder} is what that run recorded, or null when it
 * recorded nothing readable (it may still be writing it).
 */
public final class LockHeldException extends RuntimeException {
  private final transient LockHolder holder;

  public LockHeldException(LockHolder holder) {
    super(
        "the stack's lock is held by "
            + (holder == null ? "another run that has not said who it is" : holder.describe()));
    this.holder = holder;
  }

  public LockHolder holder() {
    return holder;
  }
}
