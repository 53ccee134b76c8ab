package dtplan.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input goes through one bound. Sources that never end (a device, a FIFO fed forever) must
 * stop at the bound, and a huge regular file must be refused without being read: the timeouts are
 * the point of these tests, since the failure they guard against was running out of memory (or
 * time) before any message.
 */
class InputFilesTest {
  @TempDir Path dir;

  @Test
  @Timeout(5)
  void devZeroStopsAtTheBound() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
    assertThatThrownBy(() -> InputFiles.readText(Path.of("/dev/zero"), "spec"))
        .isInstanceOf(InputFileException.class)
        .hasMessage("the spec is larger than 4 MiB (dtplan reads at most 4 MiB from any input)");
  }

  @Test
  @Timeout(5)
  void anEndlessFifoStopsAtTheBound() throws Exception {
    Path fifo = dir.resolve("fifo");
    assumeTrue(mkfifo(fifo), "no mkfifo here");
    Thread writer =
        new Thread(
            () -> {
              byte[] chunk = new byte[64 * 1024];
              try (OutputStream out = Files.newOutputStream(fifo)) {
                while (true) {
                  out.write(chunk);
                }
              } catch (IOException e) {
                // The reader closed the pipe: what this test wants.
              }
            });
    writer.setDaemon(true);
    writer.start();
    assertThatThrownBy(() -> InputFiles.readText(fifo, "var file"))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith("the var file is larger than 4 MiB");
  }

  @Test
  @Timeout(2)
  void aHugeRegularFileIsRefusedWithoutReadingIt() throws IOException {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(60L * 1024 * 1024); // sparse: costs no disk, but would take long to read
    }
    assertThatThrownBy(() -> InputFiles.readText(big, "var file"))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith("the var file is larger than 4 MiB");
  }

  @Test
  void aFileExactlyAtTheBoundIsRead() throws Exception {
    Path exact = dir.resolve("exact.yaml");
    Files.write(exact, "a".repeat(InputFiles.MAX_BYTES).getBytes());
    assertThat(InputFiles.readText(exact, "spec")).hasSize(InputFiles.MAX_BYTES);
  }

  @Test
  void missingFilesDirectoriesAndBinaryAreRefusedByName() {
    assertThatThrownBy(() -> InputFiles.readText(dir.resolve("nope.yaml"), "spec"))
        .hasMessage("no such file");
    assertThatThrownBy(() -> InputFiles.readText(dir, "plan file"))
        .hasMessage("the plan file is a directory, not a file");
  }

  @Test
  void textThatIsNotUtf8IsRefused() throws IOException {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, new byte[] {'a', (byte) 0xe9, '\n'});
    assertThatThrownBy(() -> InputFiles.readText(latin1, "spec"))
        .hasMessage("the spec is not UTF-8 text");
    // A real U+FFFD (EF BF BD) does not hide a byte that is not UTF-8.
    Files.write(latin1, new byte[] {(byte) 0xef, (byte) 0xbf, (byte) 0xbd, (byte) 0xe9});
    assertThatThrownBy(() -> InputFiles.readText(latin1, "spec"))
        .hasMessage("the spec is not UTF-8 text");
  }

  /** Text is decoded by the JDK first; what it reads must be what the strict decoder reads. */
  @Test
  void asciiAndOtherUtf8ReadAsWritten() throws IOException, InputFileException {
    for (String text :
        new String[] {
          "a: 1\n\tb: ~\u0000\u007f\n",
          "\ufeffname: café ☕ 😀\n",
          "note: \ufffd is a character too\n",
          ""
        }) {
      Path file = dir.resolve("text.yaml");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      assertThat(InputFiles.readText(file, "spec")).isEqualTo(text);
    }
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).start();
      return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
