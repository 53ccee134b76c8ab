package dtplan.cli;

import java.net.URI;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where live state is: Azure, a sandbox at a URL, or the embedded sandbox. */
final class TargetOptions {
  @Option(
      names = "--subscription",
      paramLabel = "ID",
      description =
          "Azure subscription; wins over the spec's and AZURE_SUBSCRIPTION_ID. Selects Azure.")
  String subscription;

  @Option(
      names = "--sandbox",
      paramLabel = "URL",
      description = "Use the sandbox at URL (see `dtplan sandbox serve`).")
  URI sandboxUrl;

  int parallelism = 10;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "10",
      description = "At most N Azure calls at once (default ${DEFAULT-VALUE}).")
  void parallelism(int n) {
    if (n < 1) {
      throw new ParameterException(
          command.commandLine(), "--parallelism must be at least 1 (it was " + n + ")");
    }
    parallelism = n;
  }

  /** The subscription from the command line or the environment; null selects a sandbox. */
  String azureSubscription() {
    if (subscription != null) {
      return subscription;
    }
    String env = System.getenv("AZURE_SUBSCRIPTION_ID");
    return env == null || env.isBlank() || sandboxUrl != null ? null : env;
  }
}
