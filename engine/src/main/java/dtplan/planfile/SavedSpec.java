package dtplan.planfile;

import dtplan.plan.LiveDigests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a file is the spec a saved plan was made from. Checked on the bytes, before anything
 * parses it: a plan file edited to name another file (say /etc/passwd) is refused without that file
 * being read as a spec, let alone echoed in an error.
 */
public final class SavedSpec {
  /** The same bound as a spec: a larger file cannot be the spec a plan was made from. */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  private SavedSpec() {}

  public static boolean matches(Path file, String digest) {
    if (digest == null || !Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        return false;
      }
      return digest.equals(LiveDigests.ofText(new String(bytes, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return false;
    }
  }
}
