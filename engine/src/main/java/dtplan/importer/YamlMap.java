package dtplan.importer;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * An ordered YAML mapping whose keys can carry comment lines, written by snakeyaml (which quotes
 * what a plain scalar would misread, such as the filter {@code "true"}). Values are strings,
 * booleans, numbers, lists of those or of mappings, and mappings.
 */
final class YamlMap {
  private final Map<String, Object> entries = new LinkedHashMap<>();
  private final Map<String, List<String>> comments = new LinkedHashMap<>();

  YamlMap put(String key, Object value) {
    if (value != null) {
      entries.put(key, value);
    }
    return this;
  }

  /** A comment line above {@code key}. */
  YamlMap comment(String key, String line) {
    comments.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
    return this;
  }

  boolean hasComment(String key) {
    return comments.containsKey(key);
  }

  YamlMap map(String key) {
    return (YamlMap) entries.computeIfAbsent(key, k -> new YamlMap());
  }

  Optional<Object> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  String dump() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setProcessComments(true);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(4096);
    StringWriter out = new StringWriter();
    new Yaml(options).serialize(node(), out);
    return out.toString();
  }

  private Node node() {
    List<NodeTuple> tuples = new ArrayList<>();
    entries.forEach(
        (k, v) -> {
          ScalarNode key = scalar(k);
          List<String> lines = comments.get(k);
          if (lines != null) {
            key.setBlockComments(
                lines.stream()
                    .map(l -> new CommentLine(null, null, " " + l, CommentType.BLOCK))
                    .toList());
          }
          tuples.add(new NodeTuple(key, valueNode(v)));
        });
    return new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK);
  }

  private static Node valueNode(Object v) {
    if (v instanceof YamlMap m) {
      return m.node();
    }
    if (v instanceof Map<?, ?> map) {
      YamlMap m = new YamlMap();
      map.forEach((k, val) -> m.put(String.valueOf(k), val));
      return m.node();
    }
    if (v instanceof List<?> list) {
      return new SequenceNode(
          Tag.SEQ, list.stream().map(YamlMap::valueNode).toList(), DumperOptions.FlowStyle.BLOCK);
    }
    if (v instanceof Boolean b) {
      return new ScalarNode(Tag.BOOL, b.toString(), null, null, DumperOptions.ScalarStyle.PLAIN);
    }
    if (v instanceof Integer i) {
      return new ScalarNode(Tag.INT, i.toString(), null, null, DumperOptions.ScalarStyle.PLAIN);
    }
    return scalar(String.valueOf(v));
  }

  private static ScalarNode scalar(String s) {
    return new ScalarNode(Tag.STR, s, null, null, DumperOptions.ScalarStyle.PLAIN);
  }
}
