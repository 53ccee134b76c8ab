package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.sandbox.SandboxConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dtplan's own callers of the sandbox's admin API still get through its browser guard (admin
 * header, loopback Host): the caller lookup behind {@code --sandbox URL}, {@code dtplan sandbox
 * serve}'s advice, and the tests' client.
 */
class SandboxAdminCallersTest {
  static final String CALLER = "0a0a0a0a-0000-4000-8000-0000000000c1";

  @Test
  void theCallerLookupOfAStandaloneSandboxGetsThrough() throws Exception {
    try (LiveSandbox sandbox =
        LiveSandbox.start(SandboxConfig.defaults().withCallerPrincipalId(CALLER))) {
      assertThat(SandboxCaller.of(sandbox.sandbox.url())).isEqualTo(CALLER);
      String noSlash = sandbox.url().replaceAll("/$", "");
      assertThat(SandboxCaller.of(java.net.URI.create(noSlash))).isEqualTo(CALLER);
      String localhost = noSlash.replace("127.0.0.1", "localhost");
      assertThat(SandboxCaller.of(java.net.URI.create(localhost))).isEqualTo(CALLER);
    }
  }

  @Test
  void theTestClientsAdminCallsGetThrough() throws Exception {
    try (LiveSandbox sandbox = LiveSandbox.start()) {
      LiveSandbox.Res health = sandbox.send("GET", "/_sandbox/health", null);
      assertThat(health.status()).as(health.body()).isEqualTo(200);
      assertThat(sandbox.send("POST", "/_sandbox/reset", null).status()).isEqualTo(204);
      assertThat(sandbox.instances("rg-examples")).isEmpty();
    }
  }

  @Test
  void aServedSandboxAnswersWhatItsBannerSaysAndPlansThroughIt(@TempDir Path dir) throws Exception {
    Cli.Child serve =
        Cli.start(dir, Map.of(), "sandbox", "serve", "--state", dir.resolve("state").toString());
    try {
      Matcher curl = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (curl == null && System.nanoTime() < deadline) {
        Matcher m = Pattern.compile("curl -H '([^:]+): ([^']+)' (\\S+)").matcher(serve.stdout());
        if (m.find()) {
          curl = m;
        } else {
          Thread.sleep(100);
        }
      }
      assertThat(curl).as("banner: " + serve.stdout() + serve.stderr()).isNotNull();
      URI health = URI.create(curl.group(3));
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> advised =
          client.send(
              HttpRequest.newBuilder(health).header(curl.group(1), curl.group(2)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(advised.statusCode()).as(advised.body()).isEqualTo(200);
      HttpResponse<String> bare =
          client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(bare.statusCode()).isEqualTo(403);

      String url = health.toString().replace("_sandbox/health", "");
      Cli.Result plan =
          Cli.runProcess(
              dir,
              Map.of(),
              Duration.ofSeconds(60),
              "plan",
              Cli.example("quickstart.yaml").toString(),
              "--sandbox",
              url);
      assertThat(plan.exit()).as(plan.toString()).isZero();
    } finally {
      serve.process().destroy();
      serve.process().waitFor();
    }
  }
}
