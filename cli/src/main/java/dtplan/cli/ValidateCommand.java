package dtplan.cli;

import dtplan.diag.InvalidSpecException;
import dtplan.graph.GraphBuilder;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "validate",
    header = "Check a spec without calling Azure.",
    description = {
      "Check a spec without reading or changing Azure: YAML, the schema, Azure's naming and",
      "reference rules. Every problem is reported at once with file:line:column.",
      "Needs no secret: an environment variable ($${env:NAME}) that is not set is unknown, and",
      "only its value goes unchecked; plan and apply need it.",
      "",
      "Example:%n  dtplan validate examples/quickstart.yaml"
    })
final class ValidateCommand implements Callable<Integer> {
  @Mixin SpecInputs inputs;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    String env = System.getenv("AZURE_SUBSCRIPTION_ID");
    SpecLoader.Checked checked =
        inputs.check(env, Target.SANDBOX_SUBSCRIPTION, command.commandLine().getErr());
    if (checked == null) {
      return ExitCodes.ERROR;
    }
    Spec spec = checked.spec();
    try {
      GraphBuilder.build(spec);
    } catch (InvalidSpecException e) {
      e.diagnostics().forEach(d -> command.commandLine().getErr().println(d.format()));
      return ExitCodes.ERROR;
    }
    long endpoints = spec.instances().values().stream().mapToLong(i -> i.endpoints().size()).sum();
    long routes = spec.instances().values().stream().mapToLong(i -> i.routes().size()).sum();
    command
        .commandLine()
        .getOut()
        .printf(
            "%s is valid: stack %s, %d instance(s), %d endpoint(s), %d route(s).%n",
            inputs.spec, spec.stack(), spec.instances().size(), endpoints, routes);
    if (!checked.unsetVariables().isEmpty()) {
      command
          .commandLine()
          .getOut()
          .printf(
              "Environment variables not set, so their values were not checked (plan and apply"
                  + " need them): %s.%n",
              String.join(", ", checked.unsetVariables()));
    }
    return ExitCodes.OK;
  }
}
