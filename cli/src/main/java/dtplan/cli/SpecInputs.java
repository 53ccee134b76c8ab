package dtplan.cli;

import dtplan.diag.Diagnostic;
import dtplan.diag.InvalidSpecException;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import dtplan.spec.VarFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
    SpecLoader.Checked checked = load(subscriptionOverride, fallbackSubscription, err, false);
    return checked == null ? null : checked.spec();
  }

  /**
   * For validate and graph, which need no secret values: an environment variable that is not set is
   * unknown, not an error. Null after printing every problem.
   */
  SpecLoader.Checked check(
      String subscriptionOverride, String fallbackSubscription, PrintWriter err) {
    return load(subscriptionOverride, fallbackSubscription, err, true);
  }

  private SpecLoader.Checked load(
      String subscriptionOverride,
      String fallbackSubscription,
      PrintWriter err,
      boolean unsetIsUnknown) {
    try {
      SpecOptions options =
          new SpecOptions(System.getenv(), allVars(), subscriptionOverride, fallbackSubscription);
      SpecLoader loader = new SpecLoader();
      return unsetIsUnknown
          ? loader.check(spec, options)
          : new SpecLoader.Checked(loader.load(spec, options), Set.of());
    } catch (InvalidSpecException e) {
      for (Diagnostic d : e.diagnostics()) {
        err.println(d.format());
      }
      err.println(
          e.diagnostics().size() == 1
              ? "1 problem; nothing was planned or changed."
              : e.diagnostics().size() + " problems; nothing was planned or changed.");
      return null;
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
