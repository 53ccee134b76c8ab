package dtplan.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folder a sandbox keeps its state in, shared by the sandbox subcommands. */
final class SandboxState {
  @Option(
      names = "--state",
      defaultValue = ".dtplan/sandbox",
      description = "State folder (default ${DEFAULT-VALUE}, the embedded sandbox's).")
  Path dir;
}
