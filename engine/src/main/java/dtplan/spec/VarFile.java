package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dtplan.diag.Diagnostics;
import dtplan.diag.InvalidSpecException;
import dtplan.diag.SourceLocation;
import dtplan.input.InputFileException;
import dtplan.input.InputFiles;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code --var-file}: a YAML mapping of names to plain values. It is read like a spec (the same
 * size bound, the same safe YAML reader, problems at file:line:column), since it comes from the
 * same kind of place and fails in the same ways.
 */
public final class VarFile {
  private VarFile() {}

  public static Map<String, String> load(Path file) throws InvalidSpecException {
    String name = file.toString();
    Diagnostics diagnostics = new Diagnostics();
    String text;
    try {
      text = InputFiles.readText(file, "var file");
    } catch (InputFileException e) {
      diagnostics.error(new SourceLocation(name, 0, 0), e.getMessage(), e.hint());
      throw new InvalidSpecException(diagnostics.sorted());
    }
    YamlReader reader =
        new YamlReader(name, "var file", "write one `NAME: value` per line", diagnostics);
    JsonNode tree = reader.read(text);
    diagnostics.throwIfErrors();
    Locations locations = reader.locations();
    if (!tree.isObject()) {
      diagnostics.error(
          locations.of(""),
          "a var file is a mapping of names to values, found "
              + (tree.isArray() ? "a list" : "a value"),
          "write one `NAME: value` per line");
      diagnostics.throwIfErrors();
    }
    Map<String, String> vars = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode value = e.getValue();
      if (value.isValueNode() && !value.isNull()) {
        vars.put(e.getKey(), value.asText());
      } else {
        diagnostics.error(
            locations.of(Locations.child("", e.getKey())),
            "var `"
                + e.getKey()
                + "` must be a string, number or boolean, found "
                + (value.isNull() ? "nothing" : value.isArray() ? "a list" : "a mapping"),
            value.isNull() ? "write `" + e.getKey() + ": \"\"` for an empty value" : null);
      }
    }
    diagnostics.throwIfErrors();
    return vars;
  }
}
