package dtplan.cli;

import dtplan.diag.Diagnostic;
import dtplan.spec.Spec;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "validate",
    header = "Check a spec without calling Azure.",
    description = {
      "Check a spec without reading or changing Azure: YAML, the schema, Azure's naming and"
          + " reference rules. Every problem is reported at once with file:line:column.",
      "Needs no secret: an environment variable ($${env:NAME}) that is not set is unknown, and"
          + " only its value goes unchecked; plan and apply need it.",
      "",
      "Examples:%n  dtplan validate examples/quickstart.yaml%n"
          + "  dtplan validate examples/quickstart.yaml --format json"
    })
final class ValidateCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  @Mixin SpecInputs inputs;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text (default) or json: one document with `valid`, `error_count` and `diagnostics`"
              + " (docs/spec.md, Validation).")
  Format format;

  @Option(names = "--no-color", description = "Never colour the output (NO_COLOR does the same).")
  boolean noColor;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    SpecInputs.Checked checked = inputs.check();
    List<Diagnostic> problems = checked.problems();
    PrintWriter out = command.commandLine().getOut();
    if (format == Format.json) {
      out.print(ValidateReport.json(problems));
      out.flush();
      return problems.isEmpty() ? ExitCodes.OK : ExitCodes.ERROR;
    }
    if (!problems.isEmpty()) {
      PrintWriter err = command.commandLine().getErr();
      boolean colour = Terminal.colour(noColor);
      problems.forEach(d -> err.println(ValidateReport.text(d, colour)));
      err.println(
          problems.size() == 1
              ? "1 problem; nothing was planned or changed."
              : problems.size() + " problems; nothing was planned or changed.");
      return ExitCodes.ERROR;
    }
    Spec spec = checked.spec();
    long endpoints = spec.instances().values().stream().mapToLong(i -> i.endpoints().size()).sum();
    long routes = spec.instances().values().stream().mapToLong(i -> i.routes().size()).sum();
    out.printf(
        "%s is valid: stack %s, %d instance(s), %d endpoint(s), %d route(s).%n",
        inputs.spec, spec.stack(), spec.instances().size(), endpoints, routes);
    if (!checked.unsetVariables().isEmpty()) {
      out.printf(
          "Environment variables not set, so their values were not checked (plan and apply need"
              + " them): %s.%n",
          String.join(", ", checked.unsetVariables()));
    }
    return ExitCodes.OK;
  }
}
