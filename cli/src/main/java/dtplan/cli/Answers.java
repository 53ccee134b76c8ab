package dtplan.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Terraform's way of reading a confirmation: from the terminal, or from standard input when that is
 * a pipe or a file ({@code echo yes | dtplan apply SPEC}).
 */
final class Answers {
  private Answers() {}

  /** The line the user typed, or null when standard input ended (CI's /dev/null) or unreadable. */
  static String readLine() {
    try {
      return System.console() != null
          ? System.console().readLine()
          : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    } catch (java.io.IOException | java.io.IOError e) {
      return null; // an unreadable answer is not a yes
    }
  }
}
