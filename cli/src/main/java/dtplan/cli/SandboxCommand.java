package dtplan.cli;

import dtplan.input.InputFileException;
import dtplan.input.InputFiles;
import dtplan.sandbox.Sandbox;
import dtplan.sandbox.SandboxCloud;
import dtplan.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "sandbox",
    header = "Run or manage the Azure emulator (the default target).",
    description =
        "Run or manage the Azure emulator dtplan uses when no Azure target is configured.",
    subcommands = {
      SandboxCommand.Serve.class,
      SandboxCommand.Reset.class,
      SandboxCommand.Seed.class
    })
final class SandboxCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public void run() {
    command.commandLine().usage(command.commandLine().getOut());
  }

  @Command(
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      name = "serve",
      description = {
        "Serve the sandbox on 127.0.0.1 until interrupted.",
        "",
        "Example:%n  dtplan sandbox serve --port 8080"
      })
  static final class Serve implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "0", description = "Port (default: any free one).")
    int port;

    @Mixin SandboxState stateOption;

    @Option(
        names = "--lro-seconds",
        defaultValue = "0",
        description = "How long long-running operations take.")
    double lroSeconds;

    @Option(
        names = "--replication-seconds",
        defaultValue = "0",
        description = "How long a new principal is unknown to role assignments.")
    double replicationSeconds;

    @Option(
        names = "--no-data-plane-rbac",
        description =
            "Let event-route calls through without an Azure Digital Twins data role. Azure"
                + " requires one; only for demos.")
    boolean noDataPlaneRbac;

    @Option(
        names = "--role-propagation-seconds",
        defaultValue = "2",
        description = "How long a new role assignment takes to be honoured on the data plane.")
    double rolePropagationSeconds;

    @Option(
        names = "--caller-principal-id",
        description = "Object id of the principal every request is made as (default: fixed).")
    String callerPrincipalId;

    @Option(
        names = "--private-network",
        description =
            "Treat callers as on the instances' private network: data-plane calls succeed even"
                + " where publicNetworkAccess is Disabled.")
    boolean privateNetwork;

    @Option(
        names = "--page-size",
        defaultValue = "2",
        description = "Items per page of every list; the rest follows through nextLink.")
    int pageSize;

    @Option(
        names = "--cloud",
        paramLabel = "NAME",
        defaultValue = "AzureCloud",
        description =
            "The Azure cloud whose host names destinations get, as the spec's azure.cloud:"
                + " AzureCloud (default), AzureUSGovernment or AzureChinaCloud.")
    String cloud;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

    private SandboxConfig settings(Path state) {
      SandboxConfig config =
          SandboxConfig.defaults()
              .withPort(port)
              .withStateDir(state)
              .withLroDuration(Duration.ofMillis((long) (lroSeconds * 1000)))
              .withPrincipalReplicationDelay(Duration.ofMillis((long) (replicationSeconds * 1000)))
              .withDataPlaneRbac(!noDataPlaneRbac)
              .withRoleAssignmentPropagationDelay(
                  Duration.ofMillis((long) (rolePropagationSeconds * 1000)))
              .withCallerOnPrivateNetwork(privateNetwork)
              .withPageSize(pageSize)
              .withCloud(SandboxCloud.named(cloud));
      return callerPrincipalId == null ? config : config.withCallerPrincipalId(callerPrincipalId);
    }

    @Override
    public Integer call() throws Exception {
      Path state = stateOption.dir;
      boolean fresh = !Sandbox.hasState(state);
      Files.createDirectories(state);
      SandboxConfig config;
      try {
        config = settings(state);
      } catch (IllegalArgumentException e) {
        throw new UserError("sandbox serve: " + e.getMessage());
      }
      try (Sandbox sandbox = SandboxStarter.start(config)) {
        if (fresh) {
          sandbox.seed(EmbeddedSandbox.defaultSeed());
        }
        command
            .commandLine()
            .getOut()
            .println("Sandbox listening on " + sandbox.url() + " (state in " + state + ")");
        command
            .commandLine()
            .getOut()
            .println("Use it with: dtplan plan SPEC --sandbox " + sandbox.url());
        command
            .commandLine()
            .getOut()
            .println(
                "Admin API (docs/sandbox.md) needs the header "
                    + Sandbox.ADMIN_HEADER
                    + ": "
                    + Sandbox.ADMIN_HEADER_VALUE
                    + ", e.g. curl -H '"
                    + Sandbox.ADMIN_HEADER
                    + ": "
                    + Sandbox.ADMIN_HEADER_VALUE
                    + "' "
                    + sandbox.url()
                    + "_sandbox/health");
        command.commandLine().getOut().flush();
        new CountDownLatch(1).await();
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      name = "reset",
      description = {"Delete the sandbox's state.", "", "Example:%n  dtplan sandbox reset"})
  static final class Reset implements Callable<Integer> {
    @Mixin SandboxState stateOption;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws IOException {
      Path state = stateOption.dir;
      // Not read first: resetting is the way out of a state file that cannot be read.
      Sandbox.discardState(state);
      try (Sandbox sandbox = SandboxStarter.start(SandboxConfig.defaults().withStateDir(state))) {
        sandbox.reset();
        sandbox.seed(EmbeddedSandbox.defaultSeed());
      }
      command
          .commandLine()
          .getOut()
          .println("Sandbox state in " + state + " reset to the example destinations.");
      return ExitCodes.OK;
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      name = "seed",
      description = {
        "Load destinations, identities or role assignments into the sandbox.",
        "",
        "Example:%n  dtplan sandbox seed my-seed.json"
      })
  static final class Seed implements Callable<Integer> {
    @Parameters(
        paramLabel = "FILE",
        description = "Seed document (JSON; format in docs/sandbox.md).")
    Path file;

    @Mixin SandboxState stateOption;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws IOException {
      Path state = stateOption.dir;
      if (!Files.isRegularFile(file)) {
        throw new UserError("no such seed file: " + file);
      }
      String seed;
      try {
        seed = InputFiles.readText(file, "seed file");
      } catch (InputFileException e) {
        throw new UserError("cannot read " + file + ": " + e.getMessage());
      }
      try (Sandbox sandbox = SandboxStarter.start(SandboxConfig.defaults().withStateDir(state))) {
        sandbox.seed(seed);
      } catch (IllegalArgumentException e) {
        throw new UserError(file + ": " + e.getMessage());
      }
      command.commandLine().getOut().println("Seeded " + file + " into " + state + ".");
      return ExitCodes.OK;
    }
  }
}
