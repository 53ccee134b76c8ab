package dtplan.importer;

import java.util.List;

/**
 * An imported spec: the YAML text, the variables its secrets come from, warnings about what it
 * could not say exactly, and the instances left out because another stack owns them.
 */
public record ImportResult(
    String yaml, List<SecretVariable> variables, List<String> warnings, List<String> skipped) {
  public ImportResult {
    variables = List.copyOf(variables);
    warnings = List.copyOf(warnings);
    skipped = List.copyOf(skipped);
  }
}
