package dtplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RenameHintTest {
  @Test
  void aSuggestedNameStaysWithinAzuresLengthAndNeverEndsTheBaseWithAHyphen() {
    String old = "a".repeat(45) + "-bcd"; // 49 characters, the longest Azure surely accepts
    String name = RenameHint.newName(old, "-id", Set.of());
    assertThat(name)
        .hasSizeLessThanOrEqualTo(RenameHint.MAX_NAME)
        .endsWith("-id")
        .doesNotContain("--");
  }

  @Test
  void takenNamesAreSkipped() {
    assertThat(RenameHint.newName("telemetry", "-id", Set.of("telemetry-id", "telemetry-id2")))
        .isEqualTo("telemetry-id3");
  }
}
