package dtplan.cli;

import dtplan.diag.Diagnostic;
import dtplan.diag.InvalidSpecException;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
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

  /** The spec, or null after printing every problem in it. */
  Spec load(String subscriptionOverride, String fallbackSubscription, PrintWriter err) {
    SpecOptions options =
        new SpecOptions(System.getenv(), allVars(), subscriptionOverride, fallbackSubscription);
    try {
      return new SpecLoader().load(spec, options);
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

  private Map<String, String> allVars() {
    Map<String, String> all = new LinkedHashMap<>();
    if (varFile != null) {
      all.putAll(readVarFile(varFile));
    }
    all.putAll(vars);
    return all;
  }

  private static Map<String, String> readVarFile(Path file) {
    try {
      Object loaded =
          new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
      if (!(loaded instanceof Map<?, ?> map)) {
        throw new UserError(file + ": a var file must be a YAML mapping of names to values");
      }
      Map<String, String> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
      return out;
    } catch (IOException e) {
      throw new UserError("cannot read var file " + file + ": " + e.getMessage());
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      throw new UserError(
          file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }
}
