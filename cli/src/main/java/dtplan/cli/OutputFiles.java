package dtplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one way the CLI writes a file. Only a regular file is written or replaced: the text goes to a
 * temporary file in the same folder, then an atomic rename puts it in place, so a reader never sees
 * half a file. The rename would replace whatever has the name, so anything that is not a regular
 * file (a symbolic link, a FIFO, a device; run as root, {@code --out /dev/full} replaced the
 * system's device) is refused before anything is written.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * @param role what is written, for messages ("plan")
   */
  static void write(Path file, String text, String role) {
    Path target = checkWritable(file, role);
    String cannot = "cannot write the " + role + " to " + file + ": ";
    try {
      Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
      try {
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (AccessDeniedException e) {
      throw new UserError(cannot + "permission denied");
    } catch (NoSuchFileException e) {
      // The folder went away after the check; the exception would name only the temporary file.
      throw new UserError(cannot + missingFolder(target.getParent()));
    } catch (IOException e) {
      throw new UserError(cannot + e.getMessage());
    }
  }

  /**
   * Refuses a name {@link #write} would refuse, so a command can fail before doing any work; the
   * absolute path to write to.
   */
  static Path checkWritable(Path file, String role) {
    Path target = file.toAbsolutePath();
    String cannot = "cannot write the " + role + " to " + file + ": ";
    if (Files.isSymbolicLink(target)) {
      throw new UserError(
          cannot
              + "it is a symbolic link, and dtplan writes only regular files; give the path it"
              + " points to, or another name");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new UserError(
          cannot
              + "it is "
              + kind(target)
              + ", and dtplan writes only regular files; give a file name");
    }
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UserError(cannot + missingFolder(dir));
    }
    return target;
  }

  /** Why {@code dir} is no folder: missing, or a file stands where a folder of its path should. */
  private static String missingFolder(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p)
            ? "the folder " + dir + " does not exist; create it first"
            : p + " is a file, not a folder";
      }
    }
    return "the folder " + dir + " does not exist; create it first";
  }

  /** "a directory", "a FIFO", "a character device", … as {@code stat} would say. */
  private static String kind(Path path) {
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      return "a directory";
    }
    try {
      int type =
          (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
      return switch (type) {
        case 0010000 -> "a FIFO";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "not a regular file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "not a regular file"; // no unix view here: the kind is a courtesy
    }
  }
}
