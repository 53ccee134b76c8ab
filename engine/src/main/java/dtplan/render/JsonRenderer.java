package dtplan.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.apply.RouteWindow;
import dtplan.diag.ControlChars;
import dtplan.model.Resource;
import dtplan.plan.Action;
import dtplan.plan.AttributeChange;
import dtplan.plan.Consequence;
import dtplan.plan.Plan;
import dtplan.plan.PlanScope;
import dtplan.plan.PlannedChange;
import dtplan.plan.Reason;
import dtplan.plan.Summary;
import dtplan.plan.Value;
import dtplan.plan.kinds.Kinds;
import dtplan.plan.order.Step;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The machine form of a plan, modelled on Terraform's {@code resource_changes} (format described in
 * {@code docs/plan-format.md} and {@code schemas/dtplan-plan.schema.json}).
 *
 * <p>Byte-identical for identical plans: object keys are written in a fixed order, attribute maps
 * sorted by name, changes destructive first and otherwise in the plan's order. Sensitive values are
 * never written, not even their fingerprints: {@code before_sensitive}/{@code after_sensitive} say
 * {@code true} where one was left out. Values only apply can know are left out of {@code after} and
 * marked in {@code after_unknown}, with the address that provides them in {@code
 * after_unknown_sources}. {@code changed_paths} lists every attribute whose value changes,
 * sensitive ones included, since their values cannot show it.
 */
public final class JsonRenderer {
  /**
   * Minor versions only add fields; consumers ignore fields they do not know. 2.0: a saved plan is
   * this document with a {@code saved} section ({@code dtplan.planfile.PlanFile}).
   */
  public static final String FORMAT_VERSION = "2.0";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public String render(Plan plan) {
    return print(tree(plan));
  }

  /** A tree laid out as this format writes it, for a document that embeds {@link #tree}. */
  public String print(ObjectNode document) {
    try {
      return MAPPER.writer(new Printer()).with(new VisibleEscapes()).writeValueAsString(document)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serialises", e);
    }
  }

  /**
   * Only a plan that is not simply the spec's says so, so that every plan saved before scopes
   * existed reads back unchanged: absent means false, or empty.
   */
  private static void scope(ObjectNode root, PlanScope scope) {
    if (scope.destroy()) {
      root.put("destroy", true);
    }
    if (scope.partial()) {
      root.put("partial", true);
      ArrayNode targets = root.putArray("targets");
      scope.targets().forEach(a -> targets.add(a.toString()));
    }
    if (!scope.replace().isEmpty()) {
      ArrayNode replace = root.putArray("replace");
      scope.replace().forEach(a -> replace.add(a.toString()));
    }
  }

  /** The plan as a JSON tree, for callers that embed it in something larger. */
  public ObjectNode tree(Plan plan) {
    ObjectNode root = NODES.objectNode();
    root.put("format_version", FORMAT_VERSION);
    root.put("target", plan.target());
    root.put("stack", plan.stack());
    root.put("subscription", plan.subscription());
    root.put("resource_group", plan.resourceGroup());
    root.put("spec_digest", plan.specDigest());
    root.put("errored", plan.hasErrors());
    root.put("applyable", !plan.hasErrors() && plan.hasChanges());
    scope(root, plan.scope());
    ObjectNode summary = root.putObject("summary");
    Summary counts = plan.summary();
    summary.put("add", counts.add());
    summary.put("change", counts.change());
    summary.put("replace", counts.replace());
    summary.put("destroy", counts.destroy());
    ArrayNode changes = root.putArray("resource_changes");
    for (PlannedChange c : ordered(plan)) {
      changes.add(change(c, plan.deletedWith(c)));
    }
    ArrayNode consequences = root.putArray("consequences");
    Map<String, RouteWindow> windows = PlanView.windows(plan);
    for (Consequence c : plan.consequences()) {
      ObjectNode node = consequences.addObject();
      node.put("severity", c.severity().name().toLowerCase(Locale.ROOT));
      node.put("code", snake(c.code().name()));
      node.put("address", c.address().toString());
      node.put("message", c.message());
      RouteWindow w = c.code() == Consequence.Code.DELIVERY_GAP ? windows.get(c.address()) : null;
      if (w != null) {
        ObjectNode window = node.putObject("route_window");
        w.routes().forEach(window.putArray("routes")::add);
        ArrayNode inside = window.putArray("steps");
        for (Step s : w.inside()) {
          inside
              .addObject()
              .put("address", s.address().toString())
              .put("operation", s.operation().name().toLowerCase(Locale.ROOT));
        }
      }
      if (c.hint() != null) {
        node.put("hint", c.hint());
      }
    }
    return root;
  }

  /** Destructive changes first, then the rest, then no-ops; otherwise the plan's own order. */
  static List<PlannedChange> ordered(Plan plan) {
    return plan.changes().stream()
        .sorted(
            Comparator.comparingInt(
                (PlannedChange c) ->
                    c.action().isDestructive() ? 0 : c.action() == Action.NO_OP ? 2 : 1))
        .toList();
  }

  private static ObjectNode change(PlannedChange c, List<Resource> deletedWith) {
    ObjectNode node = NODES.objectNode();
    node.put("address", c.address().toString());
    node.put("kind", PlanView.kindName(c.kind()));
    node.put("id", id(c));
    ObjectNode change = node.putObject("change");
    ArrayNode actions = change.putArray("actions");
    actions(c.action()).forEach(actions::add);
    boolean hasBefore = c.action() != Action.CREATE;
    boolean hasAfter = c.action() != Action.DELETE;
    change.set("before", hasBefore ? values(c, AttributeChange::before) : NODES.nullNode());
    change.set("after", hasAfter ? values(c, AttributeChange::after) : NODES.nullNode());
    change.set("after_unknown", marks(c, AttributeChange::after, Value::isUnknown, v -> null));
    change.set(
        "after_unknown_sources",
        marks(c, AttributeChange::after, Value::isUnknown, v -> NODES.textNode(v.text())));
    change.set(
        "before_sensitive",
        hasBefore
            ? marks(c, AttributeChange::before, Value::isSensitive, v -> null)
            : NODES.booleanNode(false));
    change.set(
        "after_sensitive",
        hasAfter
            ? marks(c, AttributeChange::after, Value::isSensitive, v -> null)
            : NODES.booleanNode(false));
    ArrayNode changedPaths = change.putArray("changed_paths");
    if (c.action() != Action.NO_OP) {
      for (AttributeChange a : AttributeLines.sortedTags(c.changedAttributes())) {
        ArrayNode steps = changedPaths.addArray();
        steps(a.path()).forEach(steps::add);
      }
    }
    ArrayNode replacePaths = change.putArray("replace_paths");
    for (String path : c.replacePaths()) {
      ArrayNode steps = replacePaths.addArray();
      steps(path).forEach(steps::add);
    }
    if (c.reason() != Reason.NONE) {
      node.put("action_reason", snake(c.reason().name()));
    }
    if (!deletedWith.isEmpty()) {
      ArrayNode with = node.putArray("deleted_with");
      for (Resource r : deletedWith) {
        with.addObject()
            .put("kind", PlanView.kindName(r.kind()))
            .put("name", Plan.nameOf(r))
            .put("id", r.id());
      }
    }
    return node;
  }

  /** Null while a role assignment's name is not known: it is derived from its new principal. */
  static String id(PlannedChange c) {
    Resource r = c.after() != null ? c.after() : c.before();
    return Kinds.of(r).idKnown(r) ? r.id() : null;
  }

  static List<String> actions(Action action) {
    return switch (action) {
      case CREATE -> List.of("create");
      case UPDATE -> List.of("update");
      case REPLACE -> List.of("delete", "create");
      case DELETE -> List.of("delete");
      case NO_OP -> List.of("no-op");
    };
  }

  /** Known values only: sensitive and unknown ones are marked in the shadow objects instead. */
  private static ObjectNode values(PlannedChange c, Function<AttributeChange, Value> side) {
    Map<String, Object> tree = new TreeMap<>();
    for (AttributeChange a : c.attributes()) {
      Value v = side.apply(a);
      if (v != null && v.kind() == Value.Kind.KNOWN) {
        put(tree, a.path(), NODES.textNode(v.text()));
      }
    }
    return toNode(tree);
  }

  /**
   * A shadow object: for each value of {@code side} that {@code marked} selects, {@code true} (or
   * what {@code leaf} gives) at its path.
   */
  private static ObjectNode marks(
      PlannedChange c,
      Function<AttributeChange, Value> side,
      java.util.function.Predicate<Value> marked,
      Function<Value, com.fasterxml.jackson.databind.JsonNode> leaf) {
    Map<String, Object> tree = new TreeMap<>();
    for (AttributeChange a : c.attributes()) {
      Value v = side.apply(a);
      if (v != null && marked.test(v)) {
        com.fasterxml.jackson.databind.JsonNode node = leaf.apply(v);
        put(tree, a.path(), node == null ? NODES.booleanNode(true) : node);
      }
    }
    return toNode(tree);
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> tree, String path, Object leaf) {
    List<String> steps = steps(path);
    if (steps.size() == 2) {
      Object parent = tree.computeIfAbsent(steps.get(0), k -> new TreeMap<String, Object>());
      if (!(parent instanceof Map<?, ?>)) {
        throw new IllegalStateException(path + " nests below an attribute that has a value");
      }
      ((Map<String, Object>) parent).put(steps.get(1), leaf);
    } else {
      tree.put(path, leaf);
    }
  }

  @SuppressWarnings("unchecked")
  private static ObjectNode toNode(Map<String, Object> tree) {
    ObjectNode node = NODES.objectNode();
    tree.forEach(
        (k, v) ->
            node.set(
                k,
                v instanceof Map<?, ?> m
                    ? toNode((Map<String, Object>) m)
                    : (com.fasterxml.jackson.databind.JsonNode) v));
    return node;
  }

  /**
   * An attribute path as steps: {@code tags.team} is {@code ["tags", "team"]}. Only the first dot
   * separates, because tag names may themselves hold dots.
   */
  static List<String> steps(String path) {
    int dot = path.indexOf('.');
    List<String> steps = new ArrayList<>();
    if (dot < 0) {
      steps.add(path);
    } else {
      steps.add(path.substring(0, dot));
      steps.add(path.substring(dot + 1));
    }
    return steps;
  }

  /** Two-space indents, {@code "key": value}, {@code []} and {@code {}} for empty containers. */
  private static final class Printer extends DefaultPrettyPrinter {
    Printer() {
      super(
          Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      _objectIndenter = new DefaultIndenter("  ", "\n");
      _arrayIndenter = new DefaultIndenter("  ", "\n");
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new Printer();
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      if (entries == 0) {
        --_nesting;
        g.writeRaw('}');
      } else {
        super.writeEndObject(g, entries);
      }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      if (values == 0) {
        --_nesting;
        g.writeRaw(']');
      } else {
        super.writeEndArray(g, values);
      }
    }
  }

  private static String snake(String enumName) {
    return enumName.toLowerCase(Locale.ROOT);
  }

  /**
   * JSON escapes C0 controls already; this also escapes DEL, C1 controls and bidi and invisible
   * format characters ({@link ControlChars}), so a plan piped to a terminal or shown in a review
   * tool cannot reorder or hide text. Parsed, the string is unchanged.
   */
  private static final class VisibleEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    VisibleEscapes() {
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ControlChars.isHidden((char) ch)
          ? new SerializedString(String.format("\\u%04X", ch))
          : null;
    }
  }
}
