package dtplan.provider;

import java.time.Instant;

/** Who holds a stack's lock: as written into the lock by the run that took it. */
public record LockHolder(String user, String host, String command, Instant since) {

  /** For messages: {@code alice@build-7 (apply), since 2026-12-01T10:00:00Z}. */
  public String describe() {
    return (user == null ? "unknown user" : user)
        + "@"
        + (host == null ? "unknown host" : host)
        + " ("
        + (command == null ? "unknown command" : command)
        + "), since "
        + (since == null ? "an unknown time" : since.toString());
  }
}
