package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a tester fed the CLI that crashed it, hung it, or made it do harm (issue 12): each must
 * end in one clear message and exit 1, quickly, with nothing replaced that was not a plan file.
 * Spec-level cases live in the engine's bad-spec corpus; these are the ones only the CLI sees.
 */
class BadInputsTest {
  @TempDir Path work;

  @Test
  @Timeout(20)
  void aSpecThatNeverEndsStopsAtTheBound() {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    Cli.Result r = Cli.run("validate", "/dev/zero");
    assertClean(r, "/dev/zero: error: the spec is larger than 4 MiB");
  }

  @Test
  @Timeout(20)
  void aVarFileThatNeverEndsStopsAtTheBound() {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    Cli.Result r =
        Cli.run("validate", Cli.example("quickstart.yaml").toString(), "--var-file", "/dev/zero");
    assertClean(r, "/dev/zero: error: the var file is larger than 4 MiB");
  }

  @Test
  @Timeout(10)
  void aHugeVarFileIsRefusedWithoutBeingRead() throws IOException {
    Path big = work.resolve("vars.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(60L * 1024 * 1024);
    }
    Cli.Result r =
        Cli.run(
            "validate", Cli.example("quickstart.yaml").toString(), "--var-file", big.toString());
    assertClean(r, "vars.yaml: error: the var file is larger than 4 MiB");
  }

  @Test
  void aVarFileProblemHasItsPlace() {
    Path vars = Specs.write(work, "vars.yaml", "rg: rg-quickstart\nnested: {a: b}\n");
    Cli.Result r =
        Cli.run(
            "validate", Cli.example("quickstart.yaml").toString(), "--var-file", vars.toString());
    assertClean(r, "vars.yaml:2:9: error: var `nested` must be a string, number or boolean");
  }

  @Test
  void aVarSubstitutedIntoANameMeetsTheSameRuleAsALiteral() {
    Path spec =
        Specs.write(
            work,
            "spec.yaml",
            readExample("quickstart.yaml")
                .replace("resourceGroup: rg-quickstart", "resourceGroup: ${var.rg}"));
    assertThat(Cli.run("validate", spec.toString(), "--var", "rg=rg-quickstart").exit()).isZero();
    Cli.Result r = Cli.run("validate", spec.toString(), "--var", "rg=${x}/../..");
    assertClean(r, "error: `azure.resourceGroup`: found `${x}/../..`, expected 1-90 letters");
  }

  @Test
  void aPlanFileWithOnlyAVersionNamesWhatIsMissing() {
    Path plan = Specs.write(work, "plan.json", "{\"format_version\":\"2.0\",\"saved\":{}}");
    for (Cli.Result r :
        new Cli.Result[] {
          Cli.run("show", plan.toString()),
          Cli.run("apply", plan.toString(), "--sandbox", "http://127.0.0.1:1/")
        }) {
      assertClean(r, "not a valid dtplan plan file (missing field `target`; missing field `stack`");
      assertThat(r.err()).contains("make a new one with `dtplan plan SPEC --out FILE`");
    }
  }

  @Test
  void aPlanFileOfAnOlderFormatIsRefusedWithWhatToDo() {
    Path plan = Specs.write(work, "plan.json", "{\"formatVersion\":\"1.1\"}");
    for (Cli.Result r :
        new Cli.Result[] {
          Cli.run("show", plan.toString()),
          Cli.run("apply", plan.toString(), "--sandbox", "http://127.0.0.1:1/")
        }) {
      assertClean(r, "(format 1.1) was made by an older dtplan; run plan again");
    }
  }

  @Test
  void aPlanFileCutShortSaysSo() {
    Path plan =
        Specs.write(work, "plan.json", "{\"formatVersion\":\"1.0\",\"plan\":{\"changes\":[");
    Cli.Result r = Cli.run("show", plan.toString());
    assertClean(
        r, "it is not valid JSON at line 1, column 43 (it ends too early: was it cut short?)");
  }

  @Test
  void planOutReplacesOnlyRegularFiles() throws Exception {
    Path fifo = work.resolve("fifo.json");
    assumeTrue(mkfifo(fifo), "no mkfifo here");
    Path target = Specs.write(work, "kept.json", "keep me");
    Path link = Files.createSymbolicLink(work.resolve("link.json"), target);
    Path dir = Files.createDirectory(work.resolve("dir.json"));
    try (LiveSandbox sb = LiveSandbox.start()) {
      String spec = Cli.example("quickstart.yaml").toString();
      for (Path out : new Path[] {fifo, link, dir}) {
        Cli.Result r = Cli.run("plan", spec, "--out", out.toString(), "--sandbox", sb.url());
        assertClean(r, "cannot write the plan to " + out + ": it is ");
        assertThat(r.out()).as("refused before planning").isEmpty();
      }
      Path ok = work.resolve("plan.json");
      Cli.Result r = Cli.run("plan", spec, "--out", ok.toString(), "--sandbox", sb.url());
      assertThat(r.exit()).as(r.toString()).isZero();
      assertThat(ok).isRegularFile();
    }
    assertThat((Integer) Files.getAttribute(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000)
        .as("still a FIFO")
        .isEqualTo(0010000);
    assertThat(link).isSymbolicLink();
    assertThat(target).hasContent("keep me");
    assertThat(dir).isDirectory();
    try (var left = Files.list(work)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aDamagedSandboxStateSaysHowToRecoverAndResetRecovers() throws IOException {
    Path state = Files.createDirectories(work.resolve("state"));
    Specs.write(state, "sandbox-state.json", "{\"resources\": {\"/subscriptions/x\": {\"body\": ");
    Path seed = Specs.write(work, "seed.json", "{}");
    Cli.Result r = Cli.run("sandbox", "seed", seed.toString(), "--state", state.toString());
    assertClean(r, "the sandbox state file " + state.resolve("sandbox-state.json") + " is damaged");
    assertThat(r.err()).contains("hint: `dtplan sandbox reset --state " + state + "` starts over");

    Cli.Result reset = Cli.run("sandbox", "reset", "--state", state.toString());
    assertThat(reset.exit()).as(reset.toString()).isZero();
    Cli.Result again = Cli.run("sandbox", "seed", seed.toString(), "--state", state.toString());
    assertThat(again.exit()).as(again.toString()).isZero();
  }

  /**
   * kill -9 during the embedded sandbox's first save leaves only a temporary file: the next run
   * must still seed the example destinations (it once took the folder for used and did not), and
   * the leftover goes.
   */
  @Test
  void aLeftoverTemporaryStateFileNeitherMattersNorStays() throws Exception {
    Path state = Files.createDirectories(work.resolve(".dtplan/sandbox"));
    Path leftover = Specs.write(state, "sandbox-state123.tmp", "{\"resources\": {");
    Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    Cli.Result r =
        Cli.runProcess(
            work,
            Map.of(),
            Duration.ofSeconds(90),
            "plan",
            Cli.example("quickstart.yaml").toString(),
            "--no-color");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Plan: ");
    assertThat(leftover).doesNotExist();
    assertThat(state.resolve("sandbox-state.json")).isRegularFile();
  }

  private static void assertClean(Cli.Result r, String expected) {
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).as(r.toString()).contains(expected);
    assertThat(r.all())
        .as(r.toString())
        .doesNotContain("internal error")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  private static String readExample(String name) {
    try {
      return Files.readString(Cli.example(name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
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
