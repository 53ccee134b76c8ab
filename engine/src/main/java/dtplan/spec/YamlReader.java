package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dtplan.diag.Diagnostic;
import dtplan.diag.Diagnostics;
import dtplan.diag.SourceLocation;
import dtplan.input.InputFiles;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML into a JSON tree plus the place of every value ({@link LocatedTree}). Only parser
 * events are read; nothing is constructed, so no custom tag can instantiate anything. Aliases,
 * nesting and size are bounded, duplicate keys are errors, and any explicit tag other than the core
 * schema's is refused.
 */
final class YamlReader {
  /** The same bound as every input file's size, so one limit with one message applies. */
  static final int MAX_CODE_POINTS = InputFiles.MAX_BYTES;

  /**
   * YAML's own limit for an implicit key ({@code key: value}); only an explicit {@code ? key} could
   * be longer, and no name in a spec comes near it.
   */
  static final int MAX_KEY_CHARS = 1024;

  static final int MAX_ALIASES = 20;
  static final int MAX_NODES = 200_000;

  private final String file;
  private final String role;
  private final String emptyHint;
  private final Diagnostics diagnostics;
  private final Locations locations;

  /** A reader for a spec. */
  YamlReader(String file, Diagnostics diagnostics) {
    this(file, "spec", "start with `version: 1`; see docs/spec.md", diagnostics);
  }

  /**
   * @param role what the file is, for messages ("spec", "var file")
   * @param emptyHint what to write when the file holds no document
   */
  YamlReader(String file, String role, String emptyHint, Diagnostics diagnostics) {
    this.file = file;
    this.role = role;
    this.emptyHint = emptyHint;
    this.diagnostics = diagnostics;
    this.locations = new Locations(file);
  }

  Locations locations() {
    return locations;
  }

  /** The document as a JSON tree, or null when it cannot be read (the reason is in diagnostics). */
  JsonNode read(String text) {
    locations.source(text);
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setNestingDepthLimit(50);
    LocatedTree tree =
        new LocatedTree(
            new ParserImpl(new StreamReader(new StringReader(text)), options),
            options,
            file,
            MAX_NODES);
    try {
      LocatedTree.Built root = tree.document();
      if (root == null) {
        diagnostics.error(new SourceLocation(file, 1, 1), "the " + role + " is empty", emptyHint);
        return null;
      }
      tree.findings().forEach(diagnostics::add);
      locations.root(root.place());
      return root.json();
    } catch (MarkedYAMLException e) {
      diagnostics.add(new YamlProblems(file, role).explain(e, text));
      return null;
    } catch (ReaderException e) {
      diagnostics.add(new YamlProblems(file, role).unprintable(text, e));
      return null;
    } catch (LocatedTree.TooManyAliases e) {
      diagnostics.error(
          tree.at(e.at),
          "the "
              + role
              + " uses more than "
              + MAX_ALIASES
              + " aliases (*name) to lists or mappings",
          "aliases of aliases multiply (\"billion laughs\"); write the values out");
      return null;
    } catch (LocatedTree.TooLarge e) {
      tree.findings().forEach(diagnostics::add);
      diagnostics.error(
          tree.at(e.at),
          "the " + role + " expands to more than " + MAX_NODES + " values",
          "aliases that refer to aliases multiply; write the values out");
      return null;
    } catch (YAMLException e) {
      diagnostics.add(
          Diagnostic.error(
              new SourceLocation(file, 1, 1),
              "the " + role + " cannot be read as YAML: " + e.getMessage(),
              null));
      return null;
    }
  }
}
