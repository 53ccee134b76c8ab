package dtplan.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads and writes the state file. A write goes to a temporary file that is renamed into place, so
 * a crash mid-write leaves the previous file intact; a temporary file a killed process left behind
 * is never read, and is deleted by a later start.
 */
final class StateStore {
  static final String FILE = "sandbox-state.json";
  private static final String TMP_PREFIX = "sandbox-state";
  private static final String TMP_SUFFIX = ".tmp";

  /**
   * Only temporary files older than this are someone's leftovers: another sandbox on the same
   * folder may be writing a younger one right now, and a write takes milliseconds.
   */
  static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);

  private final Path file;

  StateStore(Path dir) {
    this.file = dir == null ? null : dir.resolve(FILE);
  }

  /** Whether {@code dir} holds a state file (leftover temporary files do not count). */
  static boolean exists(Path dir) {
    return Files.exists(dir.resolve(FILE));
  }

  /** Deletes the state file and any leftover temporary files, so the next start is empty. */
  static void discard(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE));
    deleteLeftovers(dir, Duration.ZERO);
  }

  StateData load() throws IOException {
    if (file == null) {
      return new StateData();
    }
    deleteLeftovers(file.getParent(), LEFTOVER_AGE);
    if (!Files.exists(file)) {
      return new StateData();
    }
    StateData data;
    try {
      data = Json.MAPPER.readValue(file.toFile(), StateData.class);
    } catch (JsonProcessingException e) {
      throw new DamagedStateException(file, reason(e));
    }
    if (data == null) {
      throw new DamagedStateException(file, "it is empty");
    }
    if (EndpointSecrets.migrate(data)) {
      save(data);
    }
    return data;
  }

  private static String reason(JsonProcessingException e) {
    String what =
        String.valueOf(e.getOriginalMessage()).contains("end-of-input")
            ? "it ends too early (cut short?)"
            : "it is not the JSON the sandbox writes (" + e.getOriginalMessage() + ")";
    return e.getLocation() == null
        ? what
        : what
            + " at line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr();
  }

  private static void deleteLeftovers(Path dir, Duration olderThan) throws IOException {
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    Instant before = Instant.now().minus(olderThan);
    try (DirectoryStream<Path> tmps =
        Files.newDirectoryStream(dir, TMP_PREFIX + "*" + TMP_SUFFIX)) {
      for (Path tmp : tmps) {
        try {
          if (Files.getLastModifiedTime(tmp).toInstant().isBefore(before)) {
            Files.deleteIfExists(tmp);
          }
        } catch (NoSuchFileException e) {
          // Its writer renamed it into place meanwhile.
        }
      }
    }
  }

  void save(StateData data) {
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), TMP_PREFIX, TMP_SUFFIX);
      try {
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), data);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sandbox state to " + file, e);
    }
  }
}
