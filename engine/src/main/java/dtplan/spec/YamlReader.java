package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.diag.Diagnostic;
import dtplan.diag.Diagnostics;
import dtplan.diag.SourceLocation;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into a JSON tree plus the place of every value. Only the YAML node graph is composed;
 * nothing is constructed, so no custom tag can instantiate anything. Aliases, nesting and size are
 * bounded, duplicate keys are errors, and any explicit tag other than the core schema's is refused.
 */
final class YamlReader {
  /** The same bound as SpecLoader's file size, so one limit with one message applies. */
  static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

  static final int MAX_ALIASES = 20;
  static final int MAX_NODES = 200_000;

  private static final Set<Tag> CORE_TAGS =
      Set.of(
          Tag.MAP,
          Tag.SEQ,
          Tag.STR,
          Tag.INT,
          Tag.FLOAT,
          Tag.BOOL,
          Tag.NULL,
          Tag.MERGE,
          Tag.TIMESTAMP);

  private final String file;
  private final Diagnostics diagnostics;
  private final Locations locations;
  private int nodesVisited;

  YamlReader(String file, Diagnostics diagnostics) {
    this.file = file;
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
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setNestingDepthLimit(50);
    options.setAllowRecursiveKeys(false);
    try (Reader reader = new StringReader(text)) {
      Node root = new Yaml(options).compose(reader);
      if (root == null) {
        diagnostics.error(
            new SourceLocation(file, 1, 1),
            "the spec is empty",
            "start with `version: 1`; see docs/spec.md");
        return null;
      }
      return convert(root, "");
    } catch (MarkedYAMLException e) {
      diagnostics.add(new YamlProblems(file).explain(e));
      return null;
    } catch (YAMLException e) {
      diagnostics.add(
          e.getMessage() != null && e.getMessage().contains("aliases")
              ? new YamlProblems(file).tooManyAliases(text, MAX_ALIASES)
              : Diagnostic.error(
                  new SourceLocation(file, 1, 1),
                  "the spec cannot be read as YAML: " + e.getMessage(),
                  null));
      return null;
    } catch (TooLarge e) {
      diagnostics.error(
          at(e.mark),
          "the spec expands to more than " + MAX_NODES + " values",
          "aliases that refer to aliases multiply; write the values out");
      return null;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }

  private JsonNode convert(Node node, String pointer) {
    if (++nodesVisited > MAX_NODES) {
      throw new TooLarge(node.getStartMark());
    }
    locations.put(pointer, line(node.getStartMark()), column(node.getStartMark()));
    if (node.getTag() != null && !CORE_TAGS.contains(node.getTag())) {
      diagnostics.error(
          at(node.getStartMark()),
          "YAML tag `" + YamlProblems.shortTag(node.getTag().getValue()) + "` is not allowed",
          YamlProblems.TAG_HINT);
    }
    if (node instanceof MappingNode mapping) {
      return convertMapping(mapping, pointer);
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        array.add(convert(items.get(i), pointer + "/" + i));
      }
      return array;
    }
    return scalar((ScalarNode) node);
  }

  private JsonNode convertMapping(MappingNode mapping, String pointer) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        diagnostics.error(
            at(keyNode.getStartMark()), "mapping keys must be plain strings", "quote the key");
        continue;
      }
      String key = keyScalar.getValue();
      if (keyNode.getTag() == Tag.MERGE) {
        mergeInto(object, tuple.getValueNode(), pointer);
        continue;
      }
      String childPointer = Locations.child(pointer, key);
      if (object.has(key)) {
        SourceLocation first = locations.ofKey(childPointer);
        diagnostics.error(
            at(keyNode.getStartMark()),
            "duplicate key `" + key + "` (first defined at line " + first.line() + ")",
            "remove one of them; YAML keeps only one value per key");
        continue;
      }
      locations.put(
          childPointer + "#key", line(keyNode.getStartMark()), column(keyNode.getStartMark()));
      object.set(key, convert(tuple.getValueNode(), childPointer));
    }
    return object;
  }

  /** {@code <<: *defaults}: keys of the merged mapping that the mapping does not set itself. */
  private void mergeInto(ObjectNode object, Node merged, String pointer) {
    List<Node> sources = merged instanceof SequenceNode seq ? seq.getValue() : List.of(merged);
    for (Node source : sources) {
      JsonNode value = convert(source, pointer);
      if (value instanceof ObjectNode from) {
        from.fields()
            .forEachRemaining(
                e -> {
                  if (!object.has(e.getKey())) {
                    object.set(e.getKey(), e.getValue());
                  }
                });
      } else {
        diagnostics.error(at(source.getStartMark()), "`<<` merges only mappings", null);
      }
    }
  }

  private JsonNode scalar(ScalarNode node) {
    String value = node.getValue();
    Tag tag = node.getTag();
    try {
      if (Tag.NULL.equals(tag)) {
        return JsonNodeFactory.instance.nullNode();
      }
      if (Tag.BOOL.equals(tag)) {
        return JsonNodeFactory.instance.booleanNode(
            value.equalsIgnoreCase("true")
                || value.equalsIgnoreCase("yes")
                || value.equalsIgnoreCase("on"));
      }
      if (Tag.INT.equals(tag)) {
        return JsonNodeFactory.instance.numberNode(new BigInteger(value.replace("_", "")));
      }
      if (Tag.FLOAT.equals(tag)) {
        return JsonNodeFactory.instance.numberNode(Double.parseDouble(value.replace("_", "")));
      }
    } catch (NumberFormatException e) {
      // Octal, hex and sexagesimal forms: keep the text; the schema says what was expected.
    }
    return JsonNodeFactory.instance.textNode(value);
  }

  private SourceLocation at(Mark mark) {
    return mark == null
        ? new SourceLocation(file, 1, 1)
        : new SourceLocation(file, line(mark), column(mark));
  }

  private static int line(Mark mark) {
    return mark.getLine() + 1;
  }

  private static int column(Mark mark) {
    return mark.getColumn() + 1;
  }

  private static final class TooLarge extends RuntimeException {
    private final transient Mark mark;

    TooLarge(Mark mark) {
      super(null, null, false, false);
      this.mark = mark;
    }
  }
}
