package dtplan.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes the state file; a crash mid-write leaves the previous file intact. */
final class StateStore {
  private final Path file;

  StateStore(Path dir) {
    this.file = dir == null ? null : dir.resolve("sandbox-state.json");
  }

  StateData load() throws IOException {
    if (file == null || !Files.exists(file)) {
      return new StateData();
    }
    try {
      StateData data = Json.MAPPER.readValue(file.toFile(), StateData.class);
      if (EndpointSecrets.migrate(data)) {
        save(data);
      }
      return data;
    } catch (IOException e) {
      throw new IOException(
          "The sandbox state file " + file + " cannot be read: " + e.getMessage());
    }
  }

  void save(StateData data) {
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "sandbox-state", ".tmp");
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
