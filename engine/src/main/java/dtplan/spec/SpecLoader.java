package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dtplan.diag.Diagnostics;
import dtplan.diag.InvalidSpecException;
import dtplan.diag.SourceLocation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a spec file: safe YAML, then {@code ${…}} expressions, then the JSON Schema, then Azure's
 * rules. Expressions come before the schema so that patterns check the values Azure will see
 * ({@code resourceGroup: ${var.rg}} is valid; what {@code var.rg} holds may not be). Stops after
 * the first stage that found problems (later stages would only repeat them), and reports every
 * problem of that stage at once.
 */
public final class SpecLoader {
  private static final long MAX_BYTES = 4L * 1024 * 1024;
  private final SpecSchema schema = SpecSchema.load();

  public Spec load(Path file, SpecOptions options) throws InvalidSpecException {
    String name = file.toString();
    Diagnostics diagnostics = new Diagnostics();
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        diagnostics.error(new SourceLocation(name, 0, 0), "the spec is larger than 4 MiB", null);
        diagnostics.throwIfErrors();
      }
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (NoSuchFileException e) {
      diagnostics.error(
          new SourceLocation(name, 0, 0),
          "no such file",
          "check the path; examples live in examples/");
      throw new InvalidSpecException(diagnostics.sorted());
    } catch (CharacterCodingException e) {
      diagnostics.error(new SourceLocation(name, 0, 0), "the spec is not UTF-8 text", null);
      throw new InvalidSpecException(diagnostics.sorted());
    } catch (IOException e) {
      diagnostics.error(
          new SourceLocation(name, 0, 0), "cannot read the spec: " + e.getMessage(), null);
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
