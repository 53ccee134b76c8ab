package dtplan.cli;

import picocli.CommandLine.Command;

@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "version",
    header = "Print dtplan's version.",
    description = {"", "Example:%n  dtplan version"})
final class VersionCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().println("dtplan " + VersionProvider.version());
  }
}
