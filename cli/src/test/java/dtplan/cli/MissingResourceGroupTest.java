package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.planfile.SavedTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 4: dtplan does not create the stack's resource group. When it is missing, plan and
 * apply say so, name the group and how to create it, and the first line still names the target.
 */
class MissingResourceGroupTest {
  @TempDir Path work;

  static String spec() {
    return """
        version: 1
        stack: nogroup
        azure:
          resourceGroup: rg-not-created
          location: westeurope
        instances:
          nogroup-twins: {}
        """;
  }

  @Test
  void planNamesTheTargetThenTheMissingGroup() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      Path spec = Specs.write(work, "spec.yaml", spec());
      Cli.Result plan = Cli.run("plan", spec.toString(), "--sandbox", sb.url(), "--no-color");
      assertThat(plan.exit()).as(plan.toString()).isEqualTo(1);
      assertThat(plan.out().lines().findFirst().orElse(""))
          .as(plan.toString())
          .isEqualTo("Target: sandbox at " + sb.url());
      assertThat(plan.err())
          .as(plan.toString())
          .contains("resource group `rg-not-created` does not exist")
          .contains(LiveSandbox.SUB)
          .contains("dtplan does not create resource groups")
          .contains("/_sandbox/seed")
          .doesNotContain("internal error");

      // Markdown and JSON keep stdout for the document; the error's first line names the target.
      for (String format : new String[] {"markdown", "json"}) {
        Cli.Result other =
            Cli.run("plan", spec.toString(), "--sandbox", sb.url(), "--format", format);
        assertThat(other.exit()).as(other.toString()).isEqualTo(1);
        assertThat(other.out()).as(other.toString()).isEmpty();
        assertThat(other.err().lines().findFirst().orElse(""))
            .as(other.toString())
            .isEqualTo("Target: sandbox at " + sb.url());
        assertThat(other.err()).contains("rg-not-created");
      }

      Cli.Result apply = Cli.run("apply", spec.toString(), "--sandbox", sb.url(), "--auto-approve");
      assertThat(apply.exit()).as(apply.toString()).isEqualTo(1);
      assertThat(apply.out()).startsWith("Target: sandbox at " + sb.url());
      assertThat(apply.err()).contains("resource group `rg-not-created` does not exist");

      // The hint works: the seed it gives creates the group, and the plan goes through.
      String seed = plan.err().replaceFirst("(?s).*--data '([^']*)'.*", "$1");
      assertThat(sb.send("POST", "/_sandbox/seed", seed).status()).isEqualTo(204);
      Cli.Result again = Cli.run("plan", spec.toString(), "--sandbox", sb.url(), "--no-color");
      assertThat(again.exit()).as(again.toString()).isZero();
      assertThat(again.out()).contains("nogroup-twins will be created");
    }
  }

  @Test
  void theHintSaysHowToCreateTheGroupOnEachTarget() {
    assertThat(
            Planning.missingGroupHint(
                SavedTarget.azure("sub-1"), "sub-1", "rg-not-created", "westeurope"))
        .contains(
            "az group create --name rg-not-created --location westeurope --subscription sub-1");
    assertThat(
            Planning.missingGroupHint(
                SavedTarget.embeddedSandbox(), "sub-1", "rg-not-created", "westeurope"))
        .contains("dtplan sandbox seed FILE")
        .contains("\"name\": \"rg-not-created\"");
  }
}
