package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.diag.Diagnostic;
import dtplan.diag.SourceLocation;
import dtplan.spec.Locations.Place;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Builds a document's JSON tree and the place of every value straight from SnakeYAML's parser
 * events. SnakeYAML's own composer would first build its node graph, which for a 1,000-instance
 * spec held three times the memory of the JSON tree (each node with two marks and the text window
 * they point into) and so made every young collection copy it (issue 19).
 *
 * <p>It checks what that composer checks, with the same exceptions and texts (one document, defined
 * aliases, at most {@link LoaderOptions#getMaxAliasesForCollections()} aliases to lists or
 * mappings, the nesting depth, no global tags), and resolves plain scalars with the same {@link
 * Resolver}. What the tree leaves out (a key that is not a plain string and its value, a key
 * written twice, a key too long) is read and checked as the composer would, but neither counted nor
 * reported. Problems found while building are kept until the whole document has been parsed: a
 * syntax error anywhere is then the only one reported, as when the graph was composed first.
 *
 * <p>An alias repeats what its anchor built: a copy of the JSON, the anchor's places, its count of
 * values and its findings. An alias inside what its anchor names is the error "contains an alias to
 * itself", placed at the anchor.
 */
final class LocatedTree {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** What a scalar past {@code maxValues} builds: nothing of it is used. */
  private static final Built PAST_LIMIT = new Built(JSON.nullNode(), new Place(1, 1, 0, 0, null));

  /** What was built for one value: its JSON and its places. */
  record Built(JsonNode json, Place place) {
    /** Whether YAML wrote a mapping here (one that contains itself builds as null). */
    boolean mapping() {
      return place.children() instanceof PlaceMap;
    }
  }

  /** SnakeYAML's own exception for what its composer refuses, so the texts stay its texts. */
  private static final class Refused extends ComposerException {
    Refused(String problem, Mark at) {
      super(problem, at);
    }

    Refused(String context, Mark contextAt, String problem, Mark problemAt) {
      super(context, contextAt, problem, problemAt);
    }
  }

  /** More aliases to lists or mappings than allowed: where the one over the limit stands. */
  static final class TooManyAliases extends RuntimeException {
    final transient Mark at;

    TooManyAliases(Mark at) {
      super(null, null, false, false);
      this.at = at;
    }
  }

  /** More values than allowed once aliases are expanded: where the count passed the limit. */
  static final class TooLarge extends RuntimeException {
    final transient Mark at;

    TooLarge(Mark at) {
      super(null, null, false, false);
      this.at = at;
    }
  }

  /** An anchored value, as its aliases repeat it; {@code built} is null while it is being read. */
  private static final class Anchor {
    /** How deep in left-out values it was opened: it counts only what is read at that depth. */
    final int level;

    final Mark start;
    final boolean collection;
    final boolean mapping;
    final String scalar;
    final Tag tag;
    final List<Diagnostic> findings = new ArrayList<>(0);
    int values;
    Built built;

    Anchor(int level, Mark start, boolean collection, boolean mapping, String scalar, Tag tag) {
      this.level = level;
      this.start = start;
      this.collection = collection;
      this.mapping = mapping;
      this.scalar = scalar;
      this.tag = tag;
    }
  }

  /** Longer values are seldom repeated: ids and filters differ in their last characters. */
  private static final int MAX_SHARED_CHARS = 64;

  /** Bounds what a document of many distinct values makes the reader remember. */
  private static final int MAX_SHARED_VALUES = 4_096;

  /** A scalar's tag, resolved or written, and its value in the JSON tree. */
  private record Scalar(Tag tag, JsonNode json) {}

  /** A mapping key as the tree sees it; {@code text} is null for a key that is not a scalar. */
  private record Key(String text, boolean merge, Mark at) {}

  /** Where a {@code <<} stood among the mapping's own keys, and the mappings it merges. */
  private record Merge(int position, List<Built> sources) {}

  private final Parser parser;
  private final LoaderOptions options;
  private final String file;
  private final int maxValues;
  private final Resolver resolver = new Resolver();
  private final Map<String, Anchor> anchors = new HashMap<>();
  private final ArrayDeque<Anchor> open = new ArrayDeque<>();

  /** One instance per distinct key: a spec repeats the same few dozen keys thousands of times. */
  private final Map<String, String> keys = new HashMap<>();

  /**
   * Untagged scalars already resolved, plain and quoted apart (only a plain one may be a number).
   */
  private final Map<String, Scalar> plainScalars = new HashMap<>();

  private final Map<String, Scalar> quotedScalars = new HashMap<>();

  private final List<Diagnostic> findings = new ArrayList<>();
  private int depth;
  private int collectionAliases;
  private int values;
  private int detached;
  private Mark tooLarge;

  LocatedTree(Parser parser, LoaderOptions options, String file, int maxValues) {
    this.parser = parser;
    this.options = options;
    this.file = file;
    this.maxValues = maxValues;
  }

  /**
   * The document's tree, or null when the stream holds none. Problems in it are in {@link
   * #findings()}; what SnakeYAML refuses, and a document of more than {@code maxValues} values, is
   * thrown.
   */
  Built document() {
    parser.getEvent(); // the stream's start
    Event next = parser.getEvent();
    if (next instanceof StreamEndEvent) {
      return null;
    }
    Event first = parser.getEvent();
    Built root = node(first, null);
    parser.getEvent(); // the document's end
    Event after = parser.getEvent();
    if (!(after instanceof StreamEndEvent)) {
      throw new Refused(
          "expected a single document in the stream",
          first.getStartMark(),
          "but found another document",
          after.getStartMark());
    }
    if (tooLarge != null) {
      throw new TooLarge(tooLarge);
    }
    return root;
  }

  List<Diagnostic> findings() {
    return findings;
  }

  /** A value; {@code key} is where the key that names it stands, or null for none. */
  private Built node(Event first, Mark key) {
    if (first instanceof AliasEvent alias) {
      return alias(alias);
    }
    if (depth > options.getNestingDepthLimit()) {
      throw new YAMLException("Nesting Depth exceeded max " + options.getNestingDepthLimit());
    }
    depth++;
    try {
      if (first instanceof ScalarEvent scalar) {
        return scalar(scalar, key);
      }
      if (first instanceof SequenceStartEvent start) {
        return sequence(start, key);
      }
      return mapping((MappingStartEvent) first, key);
    } finally {
      depth--;
    }
  }

  private Built scalar(ScalarEvent event, Mark key) {
    Scalar scalar = resolved(event);
    if (tooLarge != null && event.getAnchor() == null) {
      return PAST_LIMIT; // the document is refused: what follows is only read
    }
    Anchor anchor = open(event.getAnchor(), event.getStartMark(), false, false, event, scalar.tag);
    counted(event.getStartMark(), scalar.tag);
    return close(anchor, new Built(scalar.json, place(event.getStartMark(), key, null)));
  }

  /**
   * A scalar's tag and JSON. One without a tag is resolved once per text and style: a spec repeats
   * the same values thousands of times, resolving a plain one tries the resolver's patterns, and
   * the values shared are JSON nodes no one can change (issue 19).
   */
  private Scalar resolved(ScalarEvent event) {
    String value = event.getValue();
    boolean implicit = event.getImplicit().canOmitTagInPlainScalar();
    if (event.getTag() != null || value.length() > MAX_SHARED_CHARS) {
      Tag tag = tag(event.getTag(), event.getStartMark(), NodeId.scalar, value, implicit);
      return new Scalar(tag, YamlScalars.json(value, tag));
    }
    Map<String, Scalar> known = implicit ? plainScalars : quotedScalars;
    Scalar scalar = known.get(value);
    if (scalar == null) {
      Tag tag = resolver.resolve(NodeId.scalar, value, implicit);
      scalar = new Scalar(tag, YamlScalars.json(value, tag));
      if (known.size() < MAX_SHARED_VALUES) {
        known.put(value, scalar);
      }
    }
    return scalar;
  }

  private Built sequence(SequenceStartEvent start, Mark key) {
    Tag tag = tag(start.getTag(), start.getStartMark(), NodeId.sequence, null, start.getImplicit());
    Anchor anchor = open(start.getAnchor(), start.getStartMark(), true, false, null, tag);
    counted(start.getStartMark(), tag);
    ArrayNode array = JSON.arrayNode();
    List<Place> places = new ArrayList<>();
    for (Event item = parser.getEvent();
        !(item instanceof SequenceEndEvent);
        item = parser.getEvent()) {
      Built built = node(item, null);
      array.add(built.json());
      // An alias brings its anchor's place, with the key that named the anchor: an item has none.
      places.add(built.place().keyLine() == 0 ? built.place() : built.place().named(0, 0));
    }
    return close(anchor, new Built(array, place(start.getStartMark(), key, places)));
  }

  /**
   * A mapping, with YAML 1.1 merge keys: {@code <<: *base} (or a list of them) supplies the keys
   * the mapping does not set itself, wherever in the mapping the {@code <<} stands, and an earlier
   * merged mapping wins over a later one. Only keys the mapping writes twice itself are duplicates.
   */
  private Built mapping(MappingStartEvent start, Mark keyAt) {
    Tag tag = tag(start.getTag(), start.getStartMark(), NodeId.mapping, null, start.getImplicit());
    Anchor anchor = open(start.getAnchor(), start.getStartMark(), true, true, null, tag);
    counted(start.getStartMark(), tag);
    // Most mappings of a spec hold two to four keys: a table of 16 for each was 2 % of what reading
    // a large spec allocated, and every young collection copied it (issue 19).
    ObjectNode object = new ObjectNode(JSON, new LinkedHashMap<>(4));
    PlaceMap places = new PlaceMap();
    List<Merge> merges = null;
    for (Event keyEvent = parser.getEvent();
        !(keyEvent instanceof MappingEndEvent);
        keyEvent = parser.getEvent()) {
      Key key = key(keyEvent);
      Event valueEvent = parser.getEvent();
      if (key.text() == null) {
        report(key.at(), "mapping keys must be plain strings", "quote the key");
        leftOut(valueEvent);
      } else if (key.merge()) {
        if (merges == null) {
          merges = new ArrayList<>(1);
        }
        merges.add(new Merge(object.size(), sources(node(valueEvent, null))));
      } else if (key.text().length() > YamlReader.MAX_KEY_CHARS) {
        report(YamlProblems.keyTooLong(at(key.at()), key.text().length()));
        leftOut(valueEvent);
      } else if (places.get(key.text()) != null) {
        report(
            key.at(),
            "duplicate key `"
                + key.text()
                + "` (first defined at line "
                + places.get(key.text()).keyLine()
                + ")",
            "remove one of them; YAML keeps only one value per key");
        leftOut(valueEvent);
      } else {
        Built value = node(valueEvent, key.at());
        String name = keys.computeIfAbsent(key.text(), k -> k);
        object.set(name, value.json());
        // Built with this key's place, unless an alias brought its anchor's (issue 19: a copy of
        // every value's place was 3 % of what reading a large spec allocated).
        Place place = value.place();
        if (place.keyLine() != line(key.at()) || place.keyColumn() != column(key.at())) {
          place = place.named(line(key.at()), column(key.at()));
        }
        places.add(name, place);
      }
    }
    if (merges != null) {
      object = merged(object, places, merges);
    }
    return close(anchor, new Built(object, place(start.getStartMark(), keyAt, places)));
  }

  /** The mappings one {@code <<} merges: its value, or each item of a list of them. */
  private List<Built> sources(Built value) {
    List<Built> sources = new ArrayList<>();
    if (value.json() instanceof ArrayNode items && value.place().children() instanceof List<?> at) {
      for (int i = 0; i < items.size(); i++) {
        sources.add(new Built(items.get(i), (Place) at.get(i)));
      }
    } else {
      sources.add(value);
    }
    for (Built source : sources) {
      if (!source.mapping()) {
        report(
            new SourceLocation(file, source.place().line(), source.place().column()),
            "`<<` merges only mappings",
            null);
      }
    }
    return sources;
  }

  /** The mapping's own keys with the merged ones inserted where each {@code <<} stood. */
  private static ObjectNode merged(ObjectNode own, PlaceMap places, List<Merge> merges) {
    ObjectNode object = JSON.objectNode();
    Iterator<Map.Entry<String, JsonNode>> ownKeys = own.fields();
    int written = 0;
    for (Merge merge : merges) {
      for (; written < merge.position(); written++) {
        Map.Entry<String, JsonNode> e = ownKeys.next();
        object.set(e.getKey(), e.getValue());
      }
      for (Built source : merge.sources()) {
        if (source.json() instanceof ObjectNode from) {
          from.fields()
              .forEachRemaining(
                  e -> {
                    if (!own.has(e.getKey()) && !object.has(e.getKey())) {
                      object.set(e.getKey(), e.getValue());
                      places.add(e.getKey(), source.place().child(e.getKey()));
                    }
                  });
        }
      }
    }
    ownKeys.forEachRemaining(e -> object.set(e.getKey(), e.getValue()));
    return object;
  }

  /**
   * A key's text, and whether it is the merge key {@code <<}. Only scalars are keys the tree keeps;
   * a list or mapping as a key is read (and its anchors kept) but left out.
   */
  private Key key(Event event) {
    if (event instanceof AliasEvent alias) {
      Anchor anchor = anchor(alias);
      return new Key(anchor.scalar, anchor.tag == Tag.MERGE, anchor.start);
    }
    if (event instanceof ScalarEvent scalar && scalar.getAnchor() == null) {
      if (depth > options.getNestingDepthLimit()) {
        throw new YAMLException("Nesting Depth exceeded max " + options.getNestingDepthLimit());
      }
      String text = scalar.getValue();
      // Only a plain `<<` resolves to the merge key; resolving every key would cost a regex each.
      boolean merge =
          (scalar.getTag() == null || scalar.getTag().equals("!"))
              ? text.equals("<<")
                  && resolver.resolve(
                          NodeId.scalar, text, scalar.getImplicit().canOmitTagInPlainScalar())
                      == Tag.MERGE
              : tag(scalar.getTag(), scalar.getStartMark(), NodeId.scalar, text, false)
                  == Tag.MERGE;
      return new Key(text, merge, scalar.getStartMark());
    }
    leftOut(event);
    Anchor anchored = event instanceof ScalarEvent scalar ? anchors.get(scalar.getAnchor()) : null;
    return anchored != null
        ? new Key(anchored.scalar, anchored.tag == Tag.MERGE, event.getStartMark())
        : new Key(null, false, event.getStartMark());
  }

  /**
   * A value the tree leaves out: read and checked, its anchors kept, nothing counted or reported.
   */
  private void leftOut(Event first) {
    detached++;
    try {
      node(first, null);
    } finally {
      detached--;
    }
  }

  private Built alias(AliasEvent event) {
    Anchor anchor = anchor(event);
    if (anchor.built == null) {
      counted(anchor.start, null);
      report(
          anchor.start,
          "this "
              + (anchor.mapping ? "mapping" : "list")
              + " contains an alias (*name) to itself, which would never end",
          "a value cannot contain itself; write the values out");
      return new Built(
          JSON.nullNode(), place(anchor.start, anchor.mapping ? new PlaceMap() : null));
    }
    if (tooLarge != null) {
      return anchor.built;
    }
    for (Anchor outer : open) {
      if (outer.level == detached) {
        outer.values += anchor.values;
      }
    }
    if (detached == 0) {
      values += anchor.values;
      if (values > maxValues) {
        tooLarge = event.getStartMark();
        return anchor.built;
      }
    }
    anchor.findings.forEach(this::report);
    Built built = anchor.built;
    return new Built(built.json().deepCopy(), built.place());
  }

  /** The anchor an alias names, counted as the composer counts aliases to lists and mappings. */
  private Anchor anchor(AliasEvent event) {
    Anchor anchor = anchors.get(event.getAnchor());
    if (anchor == null) {
      throw new Refused("found undefined alias " + event.getAnchor(), event.getStartMark());
    }
    if (anchor.collection && ++collectionAliases > options.getMaxAliasesForCollections()) {
      throw new TooManyAliases(event.getStartMark());
    }
    return anchor;
  }

  private Anchor open(
      String name, Mark start, boolean collection, boolean mapping, ScalarEvent scalar, Tag tag) {
    if (name == null) {
      return null;
    }
    Anchor anchor =
        new Anchor(
            detached, start, collection, mapping, scalar == null ? null : scalar.getValue(), tag);
    anchors.put(name, anchor);
    open.push(anchor);
    return anchor;
  }

  private Built close(Anchor anchor, Built built) {
    if (anchor != null) {
      open.remove(anchor);
      anchor.built = built;
    }
    return built;
  }

  /** Counts one value of the tree and checks its tag, as converting each node did. */
  private void counted(Mark at, Tag tag) {
    // Most values stand inside no anchor: no iterator for them (issue 19).
    if (!open.isEmpty()) {
      for (Anchor outer : open) {
        if (outer.level == detached) {
          outer.values++;
        }
      }
    }
    if (detached == 0 && tooLarge == null && ++values > maxValues) {
      tooLarge = at;
      return;
    }
    if (tag != null && !YamlScalars.isCore(tag)) {
      report(
          at,
          "YAML tag `" + YamlProblems.shortTag(tag.getValue()) + "` is not allowed",
          YamlProblems.TAG_HINT);
    }
  }

  /** The node's tag, resolved as SnakeYAML's composer resolves it; global tags are refused. */
  private Tag tag(String explicit, Mark at, NodeId kind, String value, boolean implicit) {
    if (explicit == null || explicit.equals("!")) {
      return resolver.resolve(kind, value, implicit);
    }
    Tag tag = new Tag(explicit);
    if (tag.isCustomGlobal() && !options.getTagInspector().isGlobalTagAllowed(tag)) {
      throw new Refused("Global tag is not allowed: " + explicit, at);
    }
    return tag;
  }

  private void report(Mark at, String message, String hint) {
    report(Diagnostic.error(at(at), message, hint));
  }

  private void report(SourceLocation at, String message, String hint) {
    report(Diagnostic.error(at, message, hint));
  }

  /** A finding in the tree, and in every anchor being read, so that its aliases repeat it. */
  private void report(Diagnostic finding) {
    for (Anchor outer : open) {
      if (outer.level == detached) {
        outer.findings.add(finding);
      }
    }
    if (detached == 0 && tooLarge == null) {
      findings.add(finding);
    }
  }

  SourceLocation at(Mark mark) {
    return mark == null
        ? new SourceLocation(file, 1, 1)
        : new SourceLocation(file, line(mark), column(mark));
  }

  private static Place place(Mark mark, Object children) {
    return place(mark, null, children);
  }

  private static Place place(Mark mark, Mark key, Object children) {
    return key == null
        ? new Place(line(mark), column(mark), 0, 0, children)
        : new Place(line(mark), column(mark), line(key), column(key), children);
  }

  private static int line(Mark mark) {
    return mark.getLine() + 1;
  }

  private static int column(Mark mark) {
    return mark.getColumn() + 1;
  }
}
