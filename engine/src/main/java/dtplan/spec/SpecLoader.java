package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dtplan.diag.Diagnostics;
import dtplan.diag.InvalidSpecException;
import dtplan.diag.SourceLocation;
import dtplan.input.InputFileException;
import dtplan.input.InputFiles;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

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
    return parse(file.toString(), read(file), options);
  }

  /**
   * A spec checked without the values of environment variables, for {@code validate} and {@code
   * graph}: a variable that is not set is unknown, not an error, and only the checks of the values
   * that depend on it are skipped (a field with a fixed set of values still needs its value). The
   * spec's unknown values read as written ({@code ${env:NAME}}), so it must never be planned.
   */
  public Checked check(Path file, SpecOptions options) throws InvalidSpecException {
    return parse(file.toString(), read(file), options, true);
  }

  /** A spec that passed every check, and the environment variables it reads that are not set. */
  public record Checked(Spec spec, Set<String> unsetVariables) {
    public Checked {
      unsetVariables = Collections.unmodifiableSet(new TreeSet<>(unsetVariables));
    }
  }

  private static String read(Path file) throws InvalidSpecException {
    try {
      return InputFiles.readText(file, "spec");
    } catch (InputFileException e) {
      Diagnostics diagnostics = new Diagnostics();
      diagnostics.error(new SourceLocation(file.toString(), 0, 0), e.getMessage(), e.hint());
      throw new InvalidSpecException(diagnostics.sorted());
    }
  }

  public Spec parse(String name, String text, SpecOptions options) throws InvalidSpecException {
    return parse(name, text, options, false).spec();
  }

  private Checked parse(String name, String text, SpecOptions options, boolean unsetIsUnknown)
      throws InvalidSpecException {
    Diagnostics diagnostics = new Diagnostics();
    YamlReader reader = new YamlReader(name, diagnostics);
    JsonNode tree = reader.read(text);
    diagnostics.throwIfErrors();
    Locations locations = reader.locations();
    Interpolator interpolator = new Interpolator(options, locations, diagnostics, unsetIsUnknown);
    interpolator.interpolate(tree);
    try {
      return new Checked(check(tree, locations, interpolator, diagnostics), interpolator.unset());
    } catch (InvalidSpecException e) {
      throw new EnvMask(interpolator.fromEnv()).hide(e);
    }
  }

  /** Every stage after the expressions, whose messages may quote a substituted value. */
  private Spec check(
      JsonNode tree, Locations locations, Interpolator interpolator, Diagnostics diagnostics)
      throws InvalidSpecException {
    diagnostics.throwIfErrors();
    Set<String> unknown = interpolator.unknownPointers();
    schema.validate(tree, locations, diagnostics, unknown);
    diagnostics.throwIfErrors();
    if (interpolator.subscription() == null) {
      diagnostics.error(
          locations.ofKey("/azure"),
          "no subscription: the spec has no `azure.subscription` and none was given",
          "pass --subscription or set AZURE_SUBSCRIPTION_ID");
      diagnostics.throwIfErrors();
    }
    // A finding at an unknown value is about the value as written, not the one plan will see.
    Set<SourceLocation> unknownAt = new HashSet<>();
    unknown.forEach(p -> unknownAt.add(locations.of(p)));
    Diagnostics rules = unknown.isEmpty() ? diagnostics : new Diagnostics();
    new EndpointFields(tree, locations, rules).check();
    Spec spec = new SpecBinder(locations, interpolator).bind(tree);
    new SpecRules(spec, tree, locations, rules).check();
    if (rules != diagnostics) {
      rules.sorted().stream()
          .filter(d -> !unknownAt.contains(d.location()))
          .forEach(diagnostics::add);
    }
    diagnostics.throwIfErrors();
    return spec;
  }
}
