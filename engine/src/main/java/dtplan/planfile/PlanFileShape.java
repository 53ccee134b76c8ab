package dtplan.planfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts a saved plan cannot do without, checked before the file is bound to records: a file cut
 * short or written by hand would otherwise bind with nulls and fail later as an internal error. The
 * message names every missing part, so a damaged file is told from a wrong one.
 */
final class PlanFileShape {
  static final String REMAKE = "make a new one with `dtplan plan SPEC --out FILE`";

  private static final List<String> OBJECTS = List.of("plan", "readRequest", "plan/liveDigests");
  private static final List<String> LISTS =
      List.of(
          "plan/changes",
          "plan/consequences",
          "readRequest/instanceIds",
          "readRequest/userIdentityIds",
          "readRequest/destinationIds",
          "readRequest/roleNames");
  private static final List<String> TEXTS =
      List.of(
          "plan/target",
          "plan/stack",
          "plan/subscription",
          "plan/specFile",
          "readRequest/subscription",
          "readRequest/stack");

  private PlanFileShape() {}

  static void check(JsonNode tree) throws InvalidPlanFileException {
    List<String> missing = new ArrayList<>();
    OBJECTS.stream().filter(p -> !at(tree, p).isObject()).forEach(missing::add);
    LISTS.stream().filter(p -> !at(tree, p).isArray()).forEach(missing::add);
    TEXTS.stream().filter(p -> !at(tree, p).isTextual()).forEach(missing::add);
    // A missing parent says it all; its children need not be listed too.
    missing.removeIf(p -> p.contains("/") && missing.contains(p.substring(0, p.indexOf('/'))));
    missing.addAll(targetProblems(tree));
    if (!missing.isEmpty()) {
      throw new InvalidPlanFileException(
          "not a complete dtplan plan file: "
              + String.join(
                  ", ", missing.stream().map(p -> "`" + p.replace('/', '.') + "`").toList())
              + (missing.size() == 1 ? " is" : " are")
              + " missing or of the wrong type (was it cut short or edited?); "
              + REMAKE);
    }
  }

  /**
   * A recorded target (format 1.1) must say what apply needs to go there; an Azure one, the plan's
   * own subscription (apply never writes elsewhere than the plan's ids say).
   */
  private static List<String> targetProblems(JsonNode tree) {
    JsonNode target = tree.path("target");
    if (target.isMissingNode()) {
      return List.of();
    }
    String kind = target.path("kind").asText(null);
    if (!target.isObject()
        || !target.path("kind").isTextual()
        || !SavedTarget.KINDS.contains(kind)) {
      return List.of("target/kind");
    }
    if (kind.equals(SavedTarget.SANDBOX) && !target.path("url").isTextual()) {
      return List.of("target/url");
    }
    if (kind.equals(SavedTarget.AZURE)
        && !target.path("subscription").asText("").equals(at(tree, "plan/subscription").asText())) {
      return List.of("target/subscription");
    }
    return List.of();
  }

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
        + REMAKE;
  }

  private static JsonNode at(JsonNode tree, String path) {
    return tree.at("/" + path);
  }
}
