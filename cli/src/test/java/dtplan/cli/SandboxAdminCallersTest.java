package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.sandbox.SandboxConfig;
import org.junit.jupiter.api.Test;

/**
 * dtplan's own callers of the sandbox's admin API still get through its browser guard (admin
 * header, loopback Host): the caller lookup behind {@code --sandbox URL} and the tests' client.
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
}
