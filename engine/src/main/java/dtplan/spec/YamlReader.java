package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.diag.Diagnostic;
import dtplan.diag.Diagnostics;
import dtplan.diag.SourceLocation;
import dtplan.input.InputFiles;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
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
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML into a JSON tree plus the place of every value. Only the YAML node graph is composed;
 * nothing is constructed, so no custom tag can instantiate anything. Aliases, nesting and size are
 * bounded, duplicate keys are errors, and any explicit tag other than the core schema's is refused.
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
  private final String role;
  private final String emptyHint;
  private final Diagnostics diagnostics;
  private final Locations locations;
  private int nodesVisited;

  /** The collections being converted, by identity: the path from the root to the current node. */
  private final Set<Node> converting = Collections.newSetFromMap(new IdentityHashMap<>());

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
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setNestingDepthLimit(50);
    options.setAllowRecursiveKeys(false);
    try (Reader reader = new StringReader(text)) {
      Node root = new Yaml(options).compose(reader);
      if (root == null) {
        diagnostics.error(new SourceLocation(file, 1, 1), "the " + role + " is empty", emptyHint);
        return null;
      }
      return convert(root, "");
    } catch (MarkedYAMLException e) {
      diagnostics.add(new YamlProblems(file, role).explain(e, text));
      return null;
    } catch (ReaderException e) {
      diagnostics.add(new YamlProblems(file, role).unprintable(text, e));
      return null;
    } catch (YAMLException e) {
      diagnostics.add(
          e.getMessage() != null && e.getMessage().contains("aliases")
              ? new YamlProblems(file, role).tooManyAliases(text, MAX_ALIASES)
              : Diagnostic.error(
                  new SourceLocation(file, 1, 1),
                  "the " + role + " cannot be read as YAML: " + e.getMessage(),
                  null));
      return null;
    } catch (TooLarge e) {
      diagnostics.error(
          at(e.mark),
          "the " + role + " expands to more than " + MAX_NODES + " values",
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
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    // An alias to a collection that contains it (`&a [*a]`, `&b {<<: *b}`) would never end.
    if (!converting.add(node)) {
      diagnostics.error(
          at(node.getStartMark()),
          "this "
              + (node instanceof MappingNode ? "mapping" : "list")
              + " contains an alias (*name) to itself, which would never end",
          "a value cannot contain itself; write the values out");
      return JsonNodeFactory.instance.nullNode();
    }
    try {
      if (node instanceof MappingNode mapping) {
        return convertMapping(mapping, pointer);
      }
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      List<Node> items = ((SequenceNode) node).getValue();
      for (int i = 0; i < items.size(); i++) {
        array.add(convert(items.get(i), pointer + "/" + i));
      }
      return array;
    } finally {
      converting.remove(node);
    }
  }

  /**
   * A mapping, with YAML 1.1 merge keys: {@code <<: *base} (or a list of them) supplies the keys
   * the mapping does not set itself, wherever in the mapping the {@code <<} stands, and an earlier
   * merged mapping wins over a later one. Only keys the mapping writes twice itself are duplicates.
   * Merged values are converted first so that the places of the mapping's own keys and values are
   * the ones remembered.
   */
  private JsonNode convertMapping(MappingNode mapping, String pointer) {
    List<ObjectNode> merged = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode().getTag() == Tag.MERGE) {
        merged.add(merged(tuple.getValueNode(), pointer));
      }
    }
    locations.put(pointer, line(mapping.getStartMark()), column(mapping.getStartMark()));
    // Only a mapping with `<<` needs its own keys up front; a spec has tens of thousands of others.
    Set<String> own = new HashSet<>();
    if (!merged.isEmpty()) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key && key.getTag() != Tag.MERGE) {
          own.add(key.getValue());
        }
      }
    }
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    Iterator<ObjectNode> nextMerged = merged.iterator();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        diagnostics.error(
            at(keyNode.getStartMark()), "mapping keys must be plain strings", "quote the key");
        continue;
      }
      if (keyNode.getTag() == Tag.MERGE) {
        nextMerged
            .next()
            .fields()
            .forEachRemaining(
                e -> {
                  if (!own.contains(e.getKey()) && !object.has(e.getKey())) {
                    object.set(e.getKey(), e.getValue());
                  }
                });
        continue;
      }
      String key = keyScalar.getValue();
      if (key.length() > MAX_KEY_CHARS) {
        diagnostics.add(YamlProblems.keyTooLong(at(keyNode.getStartMark()), key.length()));
        continue;
      }
      String childPointer = Locations.child(pointer, key);
      // Merged keys never take an own key's place: a key already here was written twice.
      if (object.has(key)) {
        SourceLocation first = locations.ofKey(childPointer);
        diagnostics.error(
            at(keyNode.getStartMark()),
            "duplicate key `" + key + "` (first defined at line " + first.line() + ")",
            "remove one of them; YAML keeps only one value per key");
        continue;
      }
      locations.putKey(childPointer, line(keyNode.getStartMark()), column(keyNode.getStartMark()));
      object.set(key, convert(tuple.getValueNode(), childPointer));
    }
    return object;
  }

  /** The keys one {@code <<} supplies; of a list of mappings, the first that has a key wins. */
  private ObjectNode merged(Node value, String pointer) {
    ObjectNode keys = JsonNodeFactory.instance.objectNode();
    List<Node> sources = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
    for (Node source : sources) {
      JsonNode converted = convert(source, pointer);
      if (converted instanceof ObjectNode from) {
        from.fields()
            .forEachRemaining(
                e -> {
                  if (!keys.has(e.getKey())) {
                    keys.set(e.getKey(), e.getValue());
                  }
                });
      } else if (!(source instanceof MappingNode)) {
        diagnostics.error(at(source.getStartMark()), "`<<` merges only mappings", null);
      }
    }
    return keys;
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
