package dtplan.spec;

import dtplan.input.InputFileException;
import dtplan.input.InputFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest a plan records of the spec file it was made from: SHA-256 of the file's text, in hex.
 * It is taken of the text, not of the parsed spec, so that a saved plan can check that a file is
 * its spec before anything parses that file. Any edit changes it, a comment or a blank line too:
 * the reviewed file is the one applied, not merely an equivalent one.
 */
public final class SpecDigest {
  private SpecDigest() {}

  /** The digest of the spec file, read through the same bound as every input. */
  public static String of(Path file) throws InputFileException {
    return ofText(InputFiles.readText(file, "spec"));
  }

  public static String ofText(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
