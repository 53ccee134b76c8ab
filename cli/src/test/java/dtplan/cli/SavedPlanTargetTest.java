package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 3: a saved plan remembers the target it was made against, so the printed hint
 * {@code dtplan apply FILE} works as printed; a flag naming another target is an error.
 */
class SavedPlanTargetTest {
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  @TempDir Path work;

  static String spec() {
    return """
        version: 1
        stack: remembered
        azure:
          resourceGroup: rg-examples
          location: westeurope
        instances:
          remembered-twins:
            tags: {team: iot}
        """;
  }

  @Test
  void applyOfASavedPlanUsesTheSandboxItWasMadeAgainst() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "spec.yaml", spec());
      Path planFile = work.resolve("plan.json");
      Cli.Result plan =
          Cli.run("plan", spec.toString(), "--sandbox", sb.url(), "--out", planFile.toString());
      assertThat(plan.exit()).as(plan.toString()).isZero();
      assertThat(plan.err()).contains("dtplan apply " + planFile);

      // Exactly the printed hint, in a folder with no sandbox state and no Azure configured.
      Cli.Result apply = Cli.runProcess(work, Map.of(), TIMEOUT, "apply", planFile.toString());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(apply.out().lines().findFirst().orElse(""))
          .isEqualTo("Target: sandbox at " + sb.url());
      assertThat(sb.instances("rg-examples")).contains("remembered-twins");
      assertThat(Files.exists(work.resolve(".dtplan"))).as("no embedded sandbox").isFalse();
    }
  }

  @Test
  void aFlagNamingAnotherTargetIsAnErrorAndNothingIsWritten() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start();
        LiveSandbox other = LiveSandbox.start()) {
      Path spec = Specs.write(work, "spec.yaml", spec());
      Path planFile = work.resolve("plan.json");
      Cli.Result plan =
          Cli.run("plan", spec.toString(), "--sandbox", sb.url(), "--out", planFile.toString());
      assertThat(plan.exit()).as(plan.toString()).isZero();
      int writes = sb.writes().size();
      int otherWrites = other.writes().size();

      Cli.Result elsewhere = Cli.run("apply", planFile.toString(), "--sandbox", other.url());
      assertThat(elsewhere.exit()).as(elsewhere.toString()).isEqualTo(1);
      assertThat(elsewhere.err())
          .as(elsewhere.toString())
          .contains(sb.url())
          .contains(other.url())
          .contains("nothing was changed");

      Cli.Result azure =
          Cli.run(
              "apply",
              planFile.toString(),
              "--subscription",
              "11111111-1111-1111-1111-111111111111");
      assertThat(azure.exit()).as(azure.toString()).isEqualTo(1);
      assertThat(azure.err())
          .as(azure.toString())
          .contains(sb.url())
          .contains("11111111-1111-1111-1111-111111111111");

      // The same target given again is no conflict.
      Cli.Result same = Cli.run("apply", planFile.toString(), "--sandbox", sb.url());
      assertThat(same.exit()).as(same.toString()).isZero();
      assertThat(other.writes()).hasSize(otherWrites);
      assertThat(sb.writes().size()).isGreaterThan(writes);
    }
  }

  @Test
  void thePlanOfTheEmbeddedSandboxIsAppliedThereAndNowhereElse() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "spec.yaml", spec());
      Path planFile = work.resolve("plan.json");
      Cli.Result plan =
          Cli.runProcess(
              work, Map.of(), TIMEOUT, "plan", spec.toString(), "--out", planFile.toString());
      assertThat(plan.exit()).as(plan.toString()).isZero();

      Cli.Result elsewhere = Cli.run("apply", planFile.toString(), "--sandbox", sb.url());
      assertThat(elsewhere.exit()).as(elsewhere.toString()).isEqualTo(1);
      assertThat(elsewhere.err()).contains("embedded sandbox").contains(sb.url());
      assertThat(sb.instances("rg-examples")).doesNotContain("remembered-twins");

      Cli.Result apply = Cli.runProcess(work, Map.of(), TIMEOUT, "apply", planFile.toString());
      assertThat(apply.exit()).as(apply.toString()).isZero();
      assertThat(apply.out()).startsWith("Target: embedded sandbox");
    }
  }

  @Test
  void aRecordedAddressThatIsNotLoopbackIsNotFollowed() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "spec.yaml", spec());
      Path planFile = work.resolve("plan.json");
      Cli.Result plan =
          Cli.run("plan", spec.toString(), "--sandbox", sb.url(), "--out", planFile.toString());
      assertThat(plan.exit()).as(plan.toString()).isZero();
      ObjectNode saved = (ObjectNode) LiveSandbox.JSON.readTree(planFile.toFile());
      JsonNode target = saved.path("saved").path("target");
      assertThat(target.isObject()).as(saved.toPrettyString()).isTrue();
      ((ObjectNode) target).put("url", "http://198.51.100.7:8080/");
      Files.writeString(planFile, saved.toPrettyString());

      Cli.Result apply =
          Cli.runProcess(work, Map.of(), TIMEOUT, "apply", planFile.toString(), "--auto-approve");
      assertThat(apply.exit()).as(apply.toString()).isEqualTo(1);
      assertThat(apply.err()).as(apply.toString()).contains("198.51.100.7").contains("--sandbox");
    }
  }

  @Test
  void aPlanFileOfTheOldFormatIsRefusedAsMadeByAnOlderDtplan() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "spec.yaml", spec());
      Path planFile = work.resolve("plan.json");
      Cli.Result plan =
          Cli.run("plan", spec.toString(), "--sandbox", sb.url(), "--out", planFile.toString());
      assertThat(plan.exit()).as(plan.toString()).isZero();
      ObjectNode saved = (ObjectNode) LiveSandbox.JSON.readTree(planFile.toFile());
      saved.remove("format_version");
      saved.put("formatVersion", "1.0");
      Files.writeString(planFile, saved.toPrettyString());

      Cli.Result apply = Cli.run("apply", planFile.toString(), "--sandbox", sb.url());
      assertThat(apply.exit()).as(apply.toString()).isEqualTo(1);
      assertThat(apply.err()).contains("(format 1.0) was made by an older dtplan; run plan again");
      assertThat(sb.instances("rg-examples")).doesNotContain("remembered-twins");
    }
  }
}
