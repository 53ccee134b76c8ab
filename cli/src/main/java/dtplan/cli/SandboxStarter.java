package dtplan.cli;

import dtplan.sandbox.DamagedStateException;
import dtplan.sandbox.Sandbox;
import dtplan.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.file.Path;

/** Starts a sandbox for a command, turning a state it cannot read into a way out. */
final class SandboxStarter {
  static final Path DEFAULT_STATE = Path.of(".dtplan", "sandbox");

  private SandboxStarter() {}

  static Sandbox start(SandboxConfig config) {
    try {
      return Sandbox.start(config);
    } catch (DamagedStateException e) {
      Path dir = config.stateDir();
      String reset = "dtplan sandbox reset" + (DEFAULT_STATE.equals(dir) ? "" : " --state " + dir);
      throw new UserError(
          e.getMessage()
              + "\n  hint: `"
              + reset
              + "` starts over with the example destinations (what the sandbox held is lost);"
              + " or move the file away to keep it, and the next start begins afresh");
    } catch (IOException e) {
      throw new UserError("cannot start the sandbox: " + e.getMessage());
    }
  }
}
