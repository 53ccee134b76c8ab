package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dtplan.diag.Diagnostics;
import dtplan.diag.InvalidSpecException;
import dtplan.diag.SourceLocation;
import dtplan.input.InputFileException;
import dtplan.input.InputFiles;
import java.nio.file.Path;

/**
 * Reads a spec file: safe YAML, then {@code ${…}} expressions, then the JSON Schema, then Azure's
 * rules. Expressions come before the schema so that patterns check the values Azure will see
 * ({@code resourceGroup: ${var.rg}} is valid; what {@code var.rg} holds may not be). Stops after
 * the first stage that found problems (later stages would only repeat them), and reports every
 * problem of that stage at once.
 */
public final class SpecLoader {
  private final SpecSchema schema = SpecSchema.load();

  public Spec load(Path file, SpecOptions options) throws InvalidSpecException {
    String name = file.toString();
    String text;
    try {
      text = InputFiles.readText(file, "spec");
    } catch (InputFileException e) {
      Diagnostics diagnostics = new Diagnostics();
      diagnostics.error(new SourceLocation(name, 0, 0), e.getMessage(), e.hint());
      throw new InvalidSpecException(diagnostics.sorted());
    }
    return parse(name, text, options);
  }

  public Spec parse(String name, String text, SpecOptions options) throws InvalidSpecException {
    Diagnostics diagnostics = new Diagnostics();
    YamlReader reader = new YamlReader(name, diagnostics);
    JsonNode tree = reader.read(text);
    diagnostics.throwIfErrors();
    Locations locations = reader.locations();
    Interpolator interpolator = new Interpolator(options, locations, diagnostics);
    interpolator.interpolate(tree);
    try {
      return check(tree, locations, interpolator, diagnostics);
    } catch (InvalidSpecException e) {
      throw new EnvMask(interpolator.fromEnv()).hide(e);
    }
  }

  /** Every stage after the expressions, whose messages may quote a substituted value. */
  private Spec check(
      JsonNode tree, Locations locations, Interpolator interpolator, Diagnostics diagnostics)
      throws InvalidSpecException {
    diagnostics.throwIfErrors();
    schema.validate(tree, locations, diagnostics);
    diagnostics.throwIfErrors();
    if (interpolator.subscription() == null) {
      diagnostics.error(
          locations.ofKey("/azure"),
          "no subscription: the spec has no `azure.subscription` and none was given",
          "pass --subscription or set AZURE_SUBSCRIPTION_ID");
      diagnostics.throwIfErrors();
    }
    new EndpointFields(tree, locations, diagnostics).check();
    Spec spec = new SpecBinder(locations, interpolator).bind(tree);
    new SpecRules(spec, tree, locations, diagnostics).check();
    diagnostics.throwIfErrors();
    return spec;
  }
}
