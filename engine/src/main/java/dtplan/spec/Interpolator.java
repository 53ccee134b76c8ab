package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dtplan.diag.Diagnostics;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${env:NAME}}, {@code ${var.NAME}} and {@code ${azure.subscription}} in every
 * string of the tree, in place. {@code $${} writes a literal {@code ${}. Remembers, for every value
 * it changed, the text as written, so a secret can be saved as its source, never its value.
 *
 * <p>For {@code validate} and {@code graph} ({@code unsetIsUnknown}), an environment variable that
 * is not set is not an error: the value is unknown, stays as written ({@code ${env:NAME}}), and
 * every check of it is skipped ({@link #unknownPointers()}); plan and apply need the value.
 */
final class Interpolator {
  static final Pattern EXPRESSION = Pattern.compile("\\$(\\$?)\\{([^}]*)}");
  private static final Pattern ENV = Pattern.compile("env:([A-Za-z_][A-Za-z0-9_]*)");
  static final Pattern VAR = Pattern.compile("var\\.([A-Za-z_][A-Za-z0-9_-]*)");

  private final SpecOptions options;
  private final Locations locations;
  private final Diagnostics diagnostics;
  private final Map<String, String> writtenAs = new HashMap<>();
  private final Map<String, String> fromEnv = new HashMap<>();
  private final boolean unsetIsUnknown;
  private final Set<String> unset = new TreeSet<>();
  private final Set<String> unknownPointers = new HashSet<>();
  private String subscription;
  private final Matcher expressionMatcher = EXPRESSION.matcher("");
  private final Matcher envMatcher = ENV.matcher("");
  private final Matcher varMatcher = VAR.matcher("");

  /**
   * Values that are one defined {@code ${var.NAME}}, by their text: a large spec names the same few
   * variables thousands of times (every event hub of every instance), and a variable's value
   * depends on nothing else, so each is matched and resolved once and its one string shared.
   */
  private final Map<String, String> wholeVars = new HashMap<>();

  /** Bounds what a spec of many distinct expressions makes the interpolator remember. */
  private static final int MAX_WHOLE_VARS = 4_096;

  Interpolator(SpecOptions options, Locations locations, Diagnostics diagnostics) {
    this(options, locations, diagnostics, false);
  }

  Interpolator(
      SpecOptions options, Locations locations, Diagnostics diagnostics, boolean unsetIsUnknown) {
    this.options = options;
    this.locations = locations;
    this.diagnostics = diagnostics;
    this.unsetIsUnknown = unsetIsUnknown;
  }

  /** The environment variables the spec reads that are not set (only when they may be unknown). */
  Set<String> unset() {
    return Collections.unmodifiableSet(unset);
  }

  /** Where a value depends on an environment variable that is not set. */
  Set<String> unknownPointers() {
    return Collections.unmodifiableSet(unknownPointers);
  }

  /** The text as written in the file, for a secret that came from an expression; else null. */
  String writtenAs(String pointer) {
    return writtenAs.get(pointer);
  }

  /** Every value an {@code ${env:NAME}} gave, with that expression, so messages can hide it. */
  Map<String, String> fromEnv() {
    return Map.copyOf(fromEnv);
  }

  String subscription() {
    return subscription;
  }

  void interpolate(JsonNode root) {
    if (!(root instanceof ObjectNode object)) {
      return;
    }
    JsonNode azure = object.path("azure");
    String own = null;
    if (azure instanceof ObjectNode azureObject && azureObject.path("subscription").isTextual()) {
      own =
          substitute(
              azureObject.get("subscription").asText(), () -> "/azure/subscription", false, false);
      azureObject.put("subscription", own);
      if (unknownPointers.contains("/azure/subscription")) {
        own = null; // unknown: the fallback stands in, so that ids built from it can be checked
      }
    }
    subscription =
        SubscriptionRule.resolve(
            options.subscriptionOverride(), own, options.fallbackSubscription());
    walk(object, Path.ROOT);
  }

  /**
   * Where a value stands, as its pointer would say it, built into a pointer only when something
   * asks: to report a problem or to remember a secret's source. Most values of a large spec are
   * never asked about, and a pointer for every mapping and list was a tenth of what substitution
   * allocated (issue 19).
   */
  private record Path(Path parent, String key, int index) {
    static final Path ROOT = new Path(null, null, -1);

    Path child(String key) {
      return new Path(this, key, -1);
    }

    Path item(int index) {
      return new Path(this, null, index);
    }

    String pointer() {
      if (parent == null) {
        return "";
      }
      return key != null ? Locations.child(parent.pointer(), key) : parent.pointer() + "/" + index;
    }
  }

  private void walk(JsonNode node, Path path) {
    // A value without an expression needs no substitution: most values of a large spec are such.
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String key = field.getKey();
        if (field.getValue().isTextual()) {
          String text = field.getValue().asText();
          if (!text.contains("${")) {
            continue;
          }
          if (key.equals("subscription")
              && path.parent() == Path.ROOT
              && "azure".equals(path.key())) {
            continue;
          }
          String value =
              substitute(
                  text,
                  () -> path.child(key).pointer(),
                  true,
                  SpecSchema.SECRET_KEYS.contains(key));
          if (value != text) {
            field.setValue(TextNode.valueOf(value));
          }
        } else if (field.getValue().isContainerNode()) {
          walk(field.getValue(), path.child(key));
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          String text = array.get(i).asText();
          if (!text.contains("${")) {
            continue;
          }
          int index = i;
          String value = substitute(text, () -> path.item(index).pointer(), true, false);
          if (value != text) {
            array.set(i, TextNode.valueOf(value));
          }
        } else if (array.get(i).isContainerNode()) {
          walk(array.get(i), path.item(i));
        }
      }
    }
  }

  /**
   * The text with its expressions resolved; the same instance when it has none. Only a secret's
   * text as written is remembered: the binder reads it to save the secret as its source.
   */
  private String substitute(
      String text, Supplier<String> pointer, boolean subscriptionKnown, boolean secret) {
    // Most values of a large spec hold no expression: no matcher, no copy (issue 19).
    if (!text.contains("${")) {
      return text;
    }
    String known = wholeVars.get(text);
    if (known != null) {
      if (secret) {
        writtenAs.put(pointer.get(), text);
      }
      return known;
    }
    // One matcher per pattern, reset per value: a large spec holds tens of thousands of
    // expressions.
    Matcher m = expressionMatcher.reset(text);
    if (m.matches() && m.start(1) == m.end(1)) {
      // The whole value is one expression, as most are: its value needs no copy.
      String expression = m.group(2).trim();
      String value = definedVar(expression);
      if (value == null) {
        value = resolve(expression, pointer, subscriptionKnown);
      } else if (wholeVars.size() < MAX_WHOLE_VARS) {
        wholeVars.put(text, value);
      }
      if (secret) {
        writtenAs.put(pointer.get(), text);
      }
      return value;
    }
    m.reset();
    StringBuilder out = new StringBuilder(text.length() + 64);
    boolean changed = false;
    int from = 0;
    while (m.find()) {
      unclosed(text, from, m.start(), pointer);
      out.append(text, from, m.start());
      from = m.end();
      changed = true;
      if (m.start(1) != m.end(1)) {
        out.append("${").append(text, m.start(2), m.end(2)).append('}');
      } else {
        out.append(resolve(m.group(2).trim(), pointer, subscriptionKnown));
      }
    }
    unclosed(text, from, text.length(), pointer);
    if (!changed) {
      return text;
    }
    out.append(text, from, text.length());
    if (secret) {
      writtenAs.put(pointer.get(), text);
    }
    return out.toString();
  }

  /**
   * The value of the expression when it is a {@code var.NAME} that is defined, which depends on
   * nothing else; null for any other expression, which {@link #resolve} answers or reports.
   */
  private String definedVar(String expression) {
    Matcher var = varMatcher.reset(expression);
    return var.matches() ? options.vars().get(var.group(1)) : null;
  }

  /**
   * A {@code ${} with no closing brace would otherwise stay in the value as written: in a secret
   * field, {@code "${env:KEY"} would be sent to Azure as the key itself.
   */
  private void unclosed(String text, int from, int to, Supplier<String> pointer) {
    int at = text.indexOf("${", from);
    if (at < 0 || at + 2 > to) {
      return;
    }
    diagnostics.error(
        ScalarChars.at(locations, pointer.get(), text, at).orElse(locations.of(pointer.get())),
        "`${` is never closed: an expression ends with `}`",
        "write ${env:NAME}, ${var.NAME} or ${azure.subscription}; for a literal ${, write $${…}");
  }

  private String resolve(String expression, Supplier<String> at, boolean subscriptionKnown) {
    Matcher env = envMatcher.reset(expression);
    if (env.matches()) {
      String value = options.env().get(env.group(1));
      if (value == null && unsetIsUnknown) {
        unset.add(env.group(1));
        unknownPointers.add(at.get());
        return "${env:" + env.group(1) + "}";
      }
      if (value == null) {
        String near = Suggest.nearest(env.group(1), new TreeSet<>(options.env().keySet()));
        diagnostics.error(
            locations.of(at.get()),
            "environment variable `" + env.group(1) + "` is not set",
            near != null
                ? "did you mean `" + near + "`?"
                : "export " + env.group(1) + "=… before running dtplan");
        return "";
      }
      fromEnv.put(value, "${env:" + env.group(1) + "}");
      return value;
    }
    Matcher var = varMatcher.reset(expression);
    if (var.matches()) {
      String value = options.vars().get(var.group(1));
      if (value == null) {
        String near = Suggest.nearest(var.group(1), new TreeSet<>(options.vars().keySet()));
        diagnostics.error(
            locations.of(at.get()),
            "variable `" + var.group(1) + "` is not defined",
            near != null
                ? "did you mean `" + near + "`?"
                : "pass --var " + var.group(1) + "=… or --var-file FILE");
        return "";
      }
      return value;
    }
    if (expression.equals("azure.subscription")) {
      if (!subscriptionKnown) {
        diagnostics.error(
            locations.of(at.get()),
            "`azure.subscription` cannot refer to itself",
            "write the id, use ${env:AZURE_SUBSCRIPTION_ID}, or leave the key out");
        return "";
      }
      return subscription;
    }
    diagnostics.error(
        locations.of(at.get()),
        "unknown expression `${" + expression + "}`",
        "use ${env:NAME}, ${var.NAME} or ${azure.subscription}; write $${ for a literal ${");
    return "";
  }
}
