package dtplan.cli;

import dtplan.sandbox.Sandbox;
import dtplan.sandbox.SandboxCloud;
import dtplan.sandbox.SandboxConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sandbox dtplan starts in-process when no Azure target is configured, answering as the spec's
 * cloud. Its state persists in the given folder; the first start seeds the destinations the
 * examples use.
 */
final class EmbeddedSandbox implements AutoCloseable {
  static final String SEED_RESOURCE = "/dtplan/sandbox-seed.json";
  private final Sandbox sandbox;

  private EmbeddedSandbox(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  static EmbeddedSandbox start(Path stateDir, SandboxCloud cloud) {
    try {
      boolean fresh = !Sandbox.hasState(stateDir);
      Files.createDirectories(stateDir);
      Sandbox sandbox =
          SandboxStarter.start(SandboxConfig.defaults().withStateDir(stateDir).withCloud(cloud));
      if (fresh) {
        sandbox.seed(defaultSeed());
      }
      return new EmbeddedSandbox(sandbox);
    } catch (IOException e) {
      throw new UserError(
          "cannot start the embedded sandbox in " + stateDir + ": " + e.getMessage());
    }
  }

  static String defaultSeed() {
    try (InputStream in = EmbeddedSandbox.class.getResourceAsStream(SEED_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI url() {
    return sandbox.url();
  }

  String callerPrincipalId() {
    return sandbox.config().callerPrincipalId();
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
