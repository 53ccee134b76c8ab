package dtplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetHeaderTest {
  @Test
  void opensOutputWithTheTargetAndABlankLine() {
    assertThat(TargetHeader.text("sandbox at http://127.0.0.1:8080"))
        .isEqualTo("Target: sandbox at http://127.0.0.1:8080\n\n");
  }

  @Test
  void onStderrIsTheLineAlone() {
    assertThat(TargetHeader.line("Azure subscription 1234"))
        .isEqualTo("Target: Azure subscription 1234");
  }
}
