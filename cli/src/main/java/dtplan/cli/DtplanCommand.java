package dtplan.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "dtplan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Plan and apply Azure Digital Twins instances, identities, role assignments, endpoints and"
          + " routes from a YAML spec.",
      "",
      "Without --subscription or AZURE_SUBSCRIPTION_ID, dtplan works against an embedded sandbox"
          + " (an Azure emulator on loopback, state in .dtplan/sandbox/)."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success (plan --detailed-exitcode: no changes)",
      "  1  error (invalid spec, a plan with errors, Azure error, failed apply step)",
      "  2  plan --detailed-exitcode: changes present",
      "  3  apply of a saved plan: the plan is stale, nothing was written",
      "  70 internal error: a bug in dtplan (DTPLAN_LOG=debug shows where)",
      "  130 apply interrupted (Ctrl-C)",
      "",
      "Example:%n  dtplan plan examples/quickstart.yaml"
    })
final class DtplanCommand implements Runnable {
  /** The subcommands, in the order help lists them; {@link Main#commandLine} adds them. */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ValidateCommand.class,
          GraphCommand.class,
          PlanCommand.class,
          ShowCommand.class,
          ApplyCommand.class,
          DestroyCommand.class,
          ForceUnlockCommand.class,
          ImportCommand.class,
          SandboxCommand.class,
          CompletionCommand.class,
          VersionCommand.class,
          CommandLine.HelpCommand.class);

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
