package dtplan.planfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * Why a file is not a saved plan this dtplan can read, in words a person can act on: not JSON, of
 * another format version, or not of the schema's shape (a field unknown, missing or of the wrong
 * type: cut short or edited by hand). A file is refused before it is bound to records, so nothing
 * fails later as an internal error.
 */
final class PlanFileProblems {
  static final String SCHEMA = "/dtplan/schemas/dtplan-plan.schema.json";
  private static final int SHOWN = 5;
  private static JsonSchema schema;

  private PlanFileProblems() {}

  /** Why a file is not JSON at all, with the place where reading stopped. */
  static String notJson(IOException e) {
    String where = "";
    if (e instanceof JsonProcessingException p && p.getLocation() != null) {
      where =
          " at line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr();
    }
    boolean cut = String.valueOf(e.getMessage()).contains("end-of-input");
    return "not a dtplan plan file: it is not valid JSON"
        + where
        + (cut ? " (it ends too early: was it cut short?)" : "")
        + "; "
        + PlanFile.REMAKE;
  }

  /**
   * Only the format this dtplan writes is read: a saved plan lives from a pull request to its
   * merge, so there is no reason to carry readers of older formats.
   */
  static void checkVersion(JsonNode tree) throws InvalidPlanFileException {
    if (!tree.isObject()) {
      throw new InvalidPlanFileException(
          "not a dtplan plan file: it is not a JSON object; " + PlanFile.REMAKE);
    }
    if (tree.has("formatVersion")) {
      throw new InvalidPlanFileException(
          "this plan file (format "
              + tree.get("formatVersion").asText()
              + ") was made by an older dtplan; run plan again: `dtplan plan SPEC --out FILE`");
    }
    JsonNode version = tree.get("format_version");
    if (version == null || !version.isTextual()) {
      throw new InvalidPlanFileException(
          "not a dtplan plan file: it has no `format_version`; " + PlanFile.REMAKE);
    }
    String found = version.asText();
    if (!found.equals(SavedPlan.FORMAT_VERSION)) {
      throw new InvalidPlanFileException(
          newer(found, SavedPlan.FORMAT_VERSION)
              ? "this plan file (format "
                  + found
                  + ") was made by a newer dtplan; this one reads format "
                  + SavedPlan.FORMAT_VERSION
                  + ": use that dtplan, or run plan again with this one"
              : "this plan file (format "
                  + found
                  + ") was made by an older dtplan; run plan again: `dtplan plan SPEC --out"
                  + " FILE`");
    }
  }

  private static boolean newer(String found, String ours) {
    try {
      String[] a = found.split("\\.", 2);
      String[] b = ours.split("\\.", 2);
      int major = Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0]));
      return major > 0 || major == 0 && Integer.parseInt(a[1]) > Integer.parseInt(b[1]);
    } catch (RuntimeException e) {
      return false; // not a version at all: the "older" message still says what to do
    }
  }

  /** The whole file against the schema; the first few problems are named, by path. */
  static void checkSchema(JsonNode tree) throws InvalidPlanFileException {
    List<String> problems =
        schema().validate(tree).stream()
            .sorted(
                Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()))
            .map(PlanFileProblems::describe)
            .distinct()
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidPlanFileException(
          "not a valid dtplan plan file ("
              + String.join("; ", problems.subList(0, Math.min(SHOWN, problems.size())))
              + (problems.size() > SHOWN ? "; and " + (problems.size() - SHOWN) + " more" : "")
              + "): was it cut short or edited? "
              + PlanFile.REMAKE);
    }
  }

  private static String describe(ValidationMessage m) {
    String at = path(m.getInstanceLocation().toString());
    return switch (m.getType()) {
      case "additionalProperties" -> "unknown field `" + join(at, m.getProperty()) + "`";
      case "required" -> "missing field `" + join(at, m.getProperty()) + "`";
      default -> "`" + (at.isEmpty() ? "(top level)" : at) + "` is not as the schema says";
    };
  }

  /** A JSON pointer ({@code /saved/changes/0}) as a path ({@code saved.changes[0]}). */
  private static String path(String pointer) {
    StringBuilder out = new StringBuilder();
    for (String step : pointer.split("/")) {
      if (step.isEmpty()) {
        continue;
      }
      String s = step.replace("~1", "/").replace("~0", "~");
      if (s.chars().allMatch(Character::isDigit)) {
        out.append('[').append(s).append(']');
      } else {
        out.append(out.isEmpty() ? "" : ".").append(s);
      }
    }
    return out.toString();
  }

  private static String join(String at, String property) {
    return at.isEmpty() ? property : at + "." + property;
  }

  /** Binding failed although the schema passed: say where, without the binder's internals. */
  static String damaged(JsonProcessingException e) {
    StringBuilder at = new StringBuilder("saved");
    if (e instanceof JsonMappingException m) {
      for (JsonMappingException.Reference r : m.getPath()) {
        at.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
      }
    }
    String where = " at `" + at + "`";
    return "the plan file is damaged" + where + "; " + PlanFile.REMAKE;
  }

  /**
   * A recorded target must say what apply needs to go there; an Azure one, the plan's own
   * subscription (apply never writes elsewhere than the plan's ids say).
   */
  static void checkTarget(SavedTarget target, String subscription) throws InvalidPlanFileException {
    String problem = null;
    if (!SavedTarget.KINDS.contains(target.kind())) {
      problem = "saved.target.kind";
    } else if (target.kind().equals(SavedTarget.SANDBOX) && target.url() == null) {
      problem = "saved.target.url";
    } else if (target.kind().equals(SavedTarget.AZURE)
        && !subscription.equals(target.subscription())) {
      problem = "saved.target.subscription";
    }
    if (problem != null) {
      throw new InvalidPlanFileException(
          "not a valid dtplan plan file: `"
              + problem
              + "` is missing or is not the plan's (was it edited?); "
              + PlanFile.REMAKE);
    }
  }

  private static synchronized JsonSchema schema() {
    if (schema == null) {
      try (InputStream in = PlanFileProblems.class.getResourceAsStream(SCHEMA)) {
        if (in == null) {
          throw new IllegalStateException("the plan schema is missing from the engine jar");
        }
        schema =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(
                    new ObjectMapper().readTree(in),
                    SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }
}
