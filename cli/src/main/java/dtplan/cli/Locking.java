package dtplan.cli;

import dtplan.apply.StackLock;
import dtplan.provider.LockHeldException;
import dtplan.provider.LockHolder;
import dtplan.provider.LockRequest;
import dtplan.provider.ProviderException;
import dtplan.spec.Spec;
import dtplan.time.Time;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.time.Duration;

/**
 * Takes the stack's lock for a command that may change it (apply, plan --out), before live state is
 * read; says so once when the spec has no {@code lock:}.
 */
record Locking(String command, Duration timeout, boolean warnWithoutLock) {

  /** The held lock (the caller closes it), or null when the spec sets none. */
  StackLock take(Target target, Spec spec, PrintWriter err) {
    if (spec.lock() == null) {
      if (warnWithoutLock) {
        err.println(
            "Warning: the spec has no `lock:`, so concurrent runs of stack `"
                + spec.stack()
                + "` are not prevented (docs/spec.md, lock).");
        err.flush();
      }
      return null;
    }
    LockRequest request =
        new LockRequest(
            spec.lock().container(),
            spec.stack(),
            new LockHolder(user(), host(), command, Time.system().instant()),
            StackLock.LEASE);
    try {
      StackLock held =
          StackLock.take(target.locks(), request, timeout, Time.system(), StackLock.scheduled());
      // A reviewer of the log sees that this run was the only one on the stack.
      err.println(
          "Holding the lock of stack `"
              + spec.stack()
              + "` (a lease on blob "
              + spec.stack()
              + ".lock in "
              + spec.lock().container()
              + ") until this "
              + command
              + " ends.");
      err.flush();
      return held;
    } catch (LockHeldException e) {
      throw new UserError(
          "stack `"
              + spec.stack()
              + "` is locked: "
              + e.getMessage().replaceFirst("^the stack's lock is ", "")
              + (timeout.isZero() ? "" : "; waited " + timeout.toSeconds() + "s")
              + ". Nothing was changed. Wait for that run, pass --lock-timeout to wait, or, if it"
              + " is gone, `dtplan force-unlock "
              + spec.file()
              + "`");
    } catch (ProviderException e) {
      throw new UserError(e.getMessage() + "; nothing was changed");
    }
  }

  static String user() {
    String u = System.getProperty("user.name");
    return u == null || u.isBlank() ? null : u;
  }

  static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      String h = System.getenv("HOSTNAME");
      return h != null ? h : System.getenv("COMPUTERNAME");
    }
  }
}
