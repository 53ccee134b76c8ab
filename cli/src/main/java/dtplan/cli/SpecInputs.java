package dtplan.cli;

import dtplan.diag.Diagnostic;
import dtplan.diag.InvalidSpecException;
import dtplan.input.InputFileException;
import dtplan.input.InputFiles;
import dtplan.spec.CommandLineVars;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import dtplan.spec.VarFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The spec file and the values its {@code ${var.…}} expressions may use. */
final class SpecInputs {
  @Parameters(index = "0", paramLabel = "SPEC", description = "The spec file (YAML).")
  Path spec;

  @Option(
      names = "--var",
      paramLabel = "NAME=VALUE",
      description = "A value for $${var.NAME}; repeatable; wins over --var-file.")
  Map<String, String> vars = new LinkedHashMap<>();

  @Option(
      names = "--var-file",
      paramLabel = "FILE",
      description = "A YAML mapping of values for $${var.NAME}.")
  Path varFile;

  /** The spec, or null after printing every problem in it (or in the var file). */
  Spec load(String subscriptionOverride, String fallbackSubscription, PrintWriter err) {
    Checked checked = check(subscriptionOverride, fallbackSubscription);
    if (checked.problems().isEmpty()) {
      return checked.spec();
    }
    for (Diagnostic d : checked.problems()) {
      err.println(d.format());
    }
    err.println(
        checked.problems().size() == 1
            ? "1 problem; nothing was planned or changed."
            : checked.problems().size() + " problems; nothing was planned or changed.");
    return null;
  }

  /** The spec (null when it has problems) and every problem found in it or in the variables. */
  record Checked(Spec spec, List<Diagnostic> problems) {}

  Checked check(String subscriptionOverride, String fallbackSubscription) {
    List<Diagnostic> problems = new ArrayList<>(unusedVars());
    try {
      SpecOptions options =
          new SpecOptions(System.getenv(), allVars(), subscriptionOverride, fallbackSubscription);
      Spec loaded = new SpecLoader().load(spec, options);
      return new Checked(problems.isEmpty() ? loaded : null, List.copyOf(problems));
    } catch (InvalidSpecException e) {
      problems.addAll(e.diagnostics());
      return new Checked(null, List.copyOf(problems));
    }
  }

  /** A --var the spec never uses; an unreadable spec is the loader's to report. */
  private List<Diagnostic> unusedVars() {
    if (vars.isEmpty()) {
      return List.of();
    }
    try {
      String text = InputFiles.readText(spec, "spec");
      return CommandLineVars.unused(spec.toString(), text, vars.keySet());
    } catch (InputFileException e) {
      return List.of();
    }
  }

  private Map<String, String> allVars() throws InvalidSpecException {
    Map<String, String> all = new LinkedHashMap<>();
    if (varFile != null) {
      all.putAll(VarFile.load(varFile));
    }
    all.putAll(vars);
    return all;
  }
}
