package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 4 and item 11: the saved plan is the documented JSON plan plus a section, one
 * schema describes both, and {@code show} prints it in every format, with the Mermaid graph on
 * request.
 */
class ShowSavedPlanTest {
  @TempDir Path work;

  @Test
  void theSavedPlanIsTheJsonPlanAndShowPrintsItInEveryFormat() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      String spec = Specs.write(work, "spec.yaml", TamperedPlanTest.spec()).toString();
      Path planFile = work.resolve("plan.json");
      Cli.Result json = Cli.run("plan", spec, "--format", "json", "--sandbox", sb.url());
      Cli.Result markdown =
          Cli.run("plan", spec, "--format", "markdown", "--graph", "--sandbox", sb.url());
      Cli.Result saved = Cli.run("plan", spec, "--out", planFile.toString(), "--sandbox", sb.url());
      assertThat(saved.exit()).as(saved.toString()).isZero();

      JsonSchema schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(
                  LiveSandbox.JSON.readTree(
                      Path.of("../schemas/dtplan-plan.schema.json").toFile()));
      String file = Files.readString(planFile);
      assertThat(schema.validate(LiveSandbox.JSON.readTree(json.out()))).isEmpty();
      assertThat(schema.validate(LiveSandbox.JSON.readTree(file))).isEmpty();
      String documented = json.out().substring(0, json.out().lastIndexOf(']') + 1);
      assertThat(file).startsWith(documented + ",\n  \"saved\": {");
      assertThat(file).doesNotContain("Endpoint=sb://");

      assertThat(Cli.run("show", planFile.toString(), "--format", "json").out())
          .isEqualTo(json.out());
      Cli.Result md = Cli.run("show", planFile.toString(), "--format", "markdown", "--graph");
      assertThat(md.exit()).as(md.toString()).isZero();
      assertThat(md.out()).isEqualTo(markdown.out()).contains("```mermaid\nflowchart LR\n");
      assertThat(Cli.run("show", planFile.toString(), "--format", "markdown").out())
          .doesNotContain("mermaid");
      assertThat(Cli.run("show", planFile.toString()).out())
          .contains("instances.tp-twins.routes.all will be created");
    }
  }

  @Test
  void showRefusesAFileWhoseDocumentedPlanWasEdited() throws Exception {
    try (LiveSandbox sb = LiveSandbox.start()) {
      String spec = Specs.write(work, "spec.yaml", TamperedPlanTest.spec()).toString();
      Path planFile = work.resolve("plan.json");
      assertThat(Cli.run("plan", spec, "--out", planFile.toString(), "--sandbox", sb.url()).exit())
          .isZero();
      Files.writeString(planFile, Files.readString(planFile).replace("\"add\": ", "\"add\": 1"));
      Cli.Result show = Cli.run("show", planFile.toString());
      assertThat(show.exit()).as(show.toString()).isEqualTo(1);
      assertThat(show.err())
          .contains("the plan file was edited after it was saved (`summary.add` differs)")
          .doesNotContain("Exception");
    }
  }
}
