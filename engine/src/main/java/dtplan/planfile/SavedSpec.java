package dtplan.planfile;

import dtplan.input.InputFileException;
import dtplan.input.InputFiles;
import dtplan.plan.LiveDigests;
import java.nio.file.Path;

/**
 * Whether a file is the spec a saved plan was made from. Checked on its text, before anything
 * parses it: a plan file edited to name another file (say /etc/passwd) is refused without that file
 * being read as a spec, let alone echoed in an error.
 */
public final class SavedSpec {
  private SavedSpec() {}

  public static boolean matches(Path file, String digest) {
    if (digest == null) {
      return false;
    }
    try {
      return digest.equals(LiveDigests.ofText(InputFiles.readText(file, "spec")));
    } catch (InputFileException e) {
      return false;
    }
  }
}
