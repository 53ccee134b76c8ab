package dtplan.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one way dtplan reads an input file. A regular file's size is checked before anything is read;
 * anything else (a FIFO, {@code /dev/zero}, a process substitution {@code <(…)}) is read at most
 * one byte past the bound, so an endless stream stops at once. Pipes stay allowed on purpose:
 * {@code --var-file <(vault read …)} is a common way to keep values out of files.
 */
public final class InputFiles {
  /** Every input is at most this large; a real spec is a few KiB. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  /** How the bound is said in messages. */
  public static final String MAX_TEXT = "4 MiB";

  private InputFiles() {}

  /**
   * The file's text, strictly UTF-8.
   *
   * @param role what the file is, for messages: "spec", "var file", "plan file", "seed file"
   */
  public static String readText(Path file, String role) throws InputFileException {
    byte[] bytes = read(file, role);
    // The JDK's own decoding is one copy (and for ASCII, a scan it does in machine code); the
    // strict decoder's buffers were 6 MB of reading a 2 MB spec (issue 19). It writes U+FFFD for
    // what is not UTF-8, so text without one is exactly what the strict decoder would give.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputFileException(
          "the " + role + " is not UTF-8 text", "is it the right file? save it as UTF-8");
    }
  }

  /** The file's bytes, at most {@link #MAX_BYTES}. */
  public static byte[] read(Path file, String role) throws InputFileException {
    try {
      if (Files.isDirectory(file)) {
        throw new InputFileException("the " + role + " is a directory, not a file", null);
      }
      if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
        throw tooLarge(role);
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw tooLarge(role);
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new InputFileException("no such file", "check the path");
    } catch (AccessDeniedException e) {
      throw new InputFileException("cannot read the " + role + ": permission denied", null);
    } catch (IOException e) {
      throw new InputFileException("cannot read the " + role + ": " + e.getMessage(), null);
    }
  }

  private static InputFileException tooLarge(String role) {
    return new InputFileException(
        "the "
            + role
            + " is larger than "
            + MAX_TEXT
            + " (dtplan reads at most "
            + MAX_TEXT
            + " from any input)",
        "is it the right file? a device such as /dev/zero or an endless pipe never ends");
  }
}
