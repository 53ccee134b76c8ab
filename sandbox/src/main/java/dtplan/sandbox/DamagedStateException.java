package dtplan.sandbox;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The state file exists but cannot be read back: cut short (a full disk, a copy interrupted) or
 * edited by hand. Its own type so a caller can say how to recover rather than report a crash.
 */
public final class DamagedStateException extends IOException {
  private final transient Path file;

  DamagedStateException(Path file, String reason) {
    super("the sandbox state file " + file + " is damaged: " + reason);
    this.file = file;
  }

  /** The damaged file. */
  public Path file() {
    return file;
  }
}
