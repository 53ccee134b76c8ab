package dtplan.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dtplan.diag.InvalidSpecException;
import dtplan.fixtures.Fixtures;
import dtplan.plan.LiveDigests;
import dtplan.plan.LiveStates;
import dtplan.plan.Plan;
import dtplan.plan.PlanScope;
import dtplan.plan.Planner;
import dtplan.plan.ResourceAddress;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden scenarios: each folder under {@code src/test/resources/golden/} holds a spec ({@code
 * spec.yaml}), the live state it is planned against ({@code live.json}, a {@code ReadResponse} as
 * JSON), optionally the environment its {@code ${env:…}} expressions see ({@code env.properties}),
 * optionally the plan's scope ({@code scope.properties}: {@code destroy=true}, {@code target=} and
 * {@code replace=} with comma-separated addresses), and the three renderings the plan must give:
 * {@code expected.txt}, {@code expected.md}, {@code expected.json}. A scenario whose spec is
 * refused before planning has {@code expected-diagnostics.txt} instead: the errors, one formatted
 * diagnostic after another.
 *
 * <p>{@code ./mvnw -pl engine test -Dtest=GoldenScenariosTest -Ddtplan.regenerate=true} rewrites
 * the expected files from the current code and then fails every scenario it rewrote, so a
 * regenerating run can never pass: review the diff, then run again without the switch.
 */
public class GoldenScenariosTest {
  public static final Path ROOT = Path.of("src/test/resources/golden");
  static final boolean REGENERATE = Boolean.getBoolean("dtplan.regenerate");

  @TestFactory
  Stream<DynamicTest> everyScenarioRendersAsItsGoldenFiles() throws IOException {
    return scenarios().stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void theScenariosThisProjectPromisesAreAllThere() throws IOException {
    assertThat(scenarios().stream().map(d -> d.getFileName().toString()))
        .contains(
            "fresh-create-quickstart",
            "key-to-identity-migration",
            "identity-disabled-with-identity-endpoints",
            "role-removed",
            "route-retargeted",
            "endpoint-removed",
            "instance-removed",
            "drift-outside-dtplan",
            "connection-string-changed",
            "endpoint-failed",
            "instance-failed",
            "instance-of-another-stack",
            "instance-adopted");
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenJsonPlanMatchesTheSchema() throws IOException {
    return scenarios().stream()
        .filter(dir -> Files.exists(dir.resolve("expected.json")))
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () ->
                        assertThat(
                                RenderChecks.schemaProblems(
                                    Files.readString(dir.resolve("expected.json"))))
                            .isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenMarkdownPlanIsWellFormed() throws IOException {
    return scenarios().stream()
        .filter(dir -> Files.exists(dir.resolve("expected.md")))
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      String md = Files.readString(dir.resolve("expected.md"));
                      RenderChecks.MarkdownShape shape = RenderChecks.markdown(md);
                      assertThat(shape.problems()).isEmpty();
                      assertThat(shape.detailsOpened()).isEqualTo(shape.diffBlocks());
                      assertThat(md.length())
                          .isLessThanOrEqualTo(MarkdownRenderer.DEFAULT_MAX_CHARS);
                      assertThat(shape.tables())
                          .as("problems are a list: GitHub cannot wrap ARM ids in a table")
                          .isZero();
                    }));
  }

  public static List<Path> scenarios() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  static final String DIAGNOSTICS = "expected-diagnostics.txt";

  /** The plan, or null when the spec is refused (then {@code diagnostics} holds why). */
  static Plan plan(Path dir, StringBuilder diagnostics) throws IOException {
    String yaml = Files.readString(dir.resolve("spec.yaml"), StandardCharsets.UTF_8);
    Spec spec;
    try {
      spec =
          new SpecLoader()
              .parse("spec.yaml", yaml, new SpecOptions(env(dir), Map.of(), null, Fixtures.SUB));
    } catch (InvalidSpecException e) {
      e.diagnostics().forEach(d -> diagnostics.append(d.format()).append('\n'));
      return null;
    }
    ReadResponse live = LiveStates.read(dir.resolve("live.json"));
    return new Planner().plan("golden scenario", spec, live, LiveDigests.ofText(yaml), scope(dir));
  }

  static PlanScope scope(Path dir) throws IOException {
    Path file = dir.resolve("scope.properties");
    if (!Files.exists(file)) {
      return PlanScope.FULL;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return new PlanScope(
        Boolean.parseBoolean(p.getProperty("destroy", "false")),
        addresses(p.getProperty("target", "")),
        addresses(p.getProperty("replace", "")));
  }

  private static List<ResourceAddress> addresses(String list) {
    return Stream.of(list.split(","))
        .filter(a -> !a.isBlank())
        .map(a -> ResourceAddress.parse(a.trim()))
        .toList();
  }

  public static Plan plan(Path dir) throws IOException {
    StringBuilder diagnostics = new StringBuilder();
    Plan plan = plan(dir, diagnostics);
    if (plan == null) {
      throw new AssertionError(dir + ": the spec is refused: " + diagnostics);
    }
    return plan;
  }

  static Map<String, String> env(Path dir) throws IOException {
    Path file = dir.resolve("env.properties");
    Map<String, String> env = new TreeMap<>();
    if (Files.exists(file)) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      p.forEach((k, v) -> env.put(k.toString(), v.toString()));
    }
    return env;
  }

  static Map<String, String> render(Plan plan) {
    Map<String, String> out = new TreeMap<>();
    out.put("expected.txt", new TextRenderer(false).render(plan));
    out.put("expected.md", new MarkdownRenderer().render(plan));
    out.put("expected.json", new JsonRenderer().render(plan));
    return out;
  }

  private static void check(Path dir) throws IOException {
    StringBuilder diagnostics = new StringBuilder();
    Plan plan = plan(dir, diagnostics);
    Map<String, String> rendered =
        plan == null ? Map.of(DIAGNOSTICS, diagnostics.toString()) : render(plan);
    for (String other : List.of("expected.txt", "expected.md", "expected.json", DIAGNOSTICS)) {
      if (!REGENERATE && !rendered.containsKey(other)) {
        assertThat(dir.resolve(other)).as("left over from an earlier outcome").doesNotExist();
      }
    }
    for (String secret : env(dir).values()) {
      rendered.forEach(
          (file, text) ->
              assertThat(text)
                  .as("%s must not show a value from env.properties", file)
                  .doesNotContain(secret));
    }
    if (REGENERATE) {
      List<String> written = new ArrayList<>();
      for (String other : List.of("expected.txt", "expected.md", "expected.json", DIAGNOSTICS)) {
        if (!rendered.containsKey(other) && Files.deleteIfExists(dir.resolve(other))) {
          written.add("deleted " + other);
        }
      }
      for (Map.Entry<String, String> e : rendered.entrySet()) {
        Path file = dir.resolve(e.getKey());
        if (!Files.exists(file) || !Files.readString(file).equals(e.getValue())) {
          Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
          written.add(e.getKey());
        }
      }
      fail(
          "-Ddtplan.regenerate=true: "
              + (written.isEmpty() ? "nothing changed" : "rewrote " + written)
              + " in "
              + dir
              + "; review the diff and run again without the switch (a regenerating run never"
              + " passes)");
    }
    for (Map.Entry<String, String> e : rendered.entrySet()) {
      Path file = dir.resolve(e.getKey());
      assertThat(file).as("%s is missing: run with -Ddtplan.regenerate=true", file).exists();
      if (!e.getValue().equals(Files.readString(file, StandardCharsets.UTF_8))) {
        // Keep what was rendered beside the build output, so a failure can be diffed.
        Path actual = Path.of("target/golden-actual", dir.getFileName().toString(), e.getKey());
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, e.getValue(), StandardCharsets.UTF_8);
      }
      assertThat(e.getValue())
          .as("%s differs (run with -Ddtplan.regenerate=true and review the diff)", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
  }
}
