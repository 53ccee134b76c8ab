package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash or a full disk leaves in the state folder: a state file cut short is reported as
 * damaged (with where), and can be discarded without being read; a temporary file a killed process
 * left is never read and is deleted once it is clearly nobody's write in progress.
 */
class StateFileRecoveryTest {
  @TempDir Path dir;

  @Test
  void aStateFileCutShortIsDamagedAndSaysWhere() throws Exception {
    Files.writeString(dir.resolve("sandbox-state.json"), "{\"resources\": {\"/x\": ");
    assertThatThrownBy(() -> Sandbox.start(SandboxConfig.defaults().withStateDir(dir)))
        .isInstanceOf(DamagedStateException.class)
        .hasMessageStartingWith(
            "the sandbox state file "
                + dir.resolve("sandbox-state.json")
                + " is damaged: it ends"
                + " too early (cut short?) at line 1");
    Sandbox.discardState(dir);
    try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withStateDir(dir))) {
      assertThat(sandbox.url()).isNotNull();
    }
  }

  @Test
  void oldLeftoversGoAndAWriteInProgressStays() throws Exception {
    Path old = Files.writeString(dir.resolve("sandbox-state1.tmp"), "{");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    Path current = Files.writeString(dir.resolve("sandbox-state2.tmp"), "{");
    assertThat(Sandbox.hasState(dir)).as("a leftover is not state").isFalse();
    Sandbox.start(SandboxConfig.defaults().withStateDir(dir)).close();
    assertThat(old).doesNotExist();
    assertThat(current).exists();
  }
}
