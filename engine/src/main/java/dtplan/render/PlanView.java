package dtplan.render;

import dtplan.apply.RouteWindow;
import dtplan.diag.ControlChars;
import dtplan.diag.Severity;
import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import dtplan.model.Route;
import dtplan.plan.Action;
import dtplan.plan.Consequence;
import dtplan.plan.Plan;
import dtplan.plan.PlanScope;
import dtplan.plan.PlannedChange;
import dtplan.plan.ResourceAddress;
import dtplan.plan.Summary;
import dtplan.plan.kinds.Kinds;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every human-facing format shows, in the order it shows it: destructive changes first. */
final class PlanView {
  private PlanView() {}

  static List<PlannedChange> visibleChanges(Plan plan) {
    return plan.changes().stream()
        .filter(c -> c.action() != Action.NO_OP)
        .sorted(Comparator.comparing((PlannedChange c) -> c.action().isDestructive() ? 0 : 1))
        .toList();
  }

  static String summary(Plan plan) {
    if (!plan.hasChanges()) {
      return plan.scope().destroy()
          ? "No changes. "
              + liveState(plan.target())
              + " holds nothing stack "
              + plan.stack()
              + " owns."
          : "No changes. " + liveState(plan.target()) + " matches the spec.";
    }
    Summary s = plan.summary();
    return "Plan: "
        + s.add()
        + " to add, "
        + s.change()
        + " to change, "
        + s.replace()
        + " to replace, "
        + s.destroy()
        + " to destroy.";
  }

  /**
   * What the plan covers, when that is not simply the spec, one sentence each: a reviewer must not
   * mistake a destroy plan for a plan of the spec, nor a partial plan for all that is pending.
   */
  static List<String> scope(Plan plan) {
    PlanScope scope = plan.scope();
    List<String> out = new ArrayList<>();
    if (scope.destroy()) {
      out.add("Destroy plan: it deletes everything stack " + plan.stack() + " owns.");
    }
    if (scope.partial()) {
      out.add(
          "Partial plan: only "
              + addresses(scope.targets())
              + (scope.targets().size() == 1 ? " and what it needs" : " and what they need")
              + "; other changes may be pending. Plan without --target to see"
              + " them.");
    }
    if (!scope.replace().isEmpty()) {
      out.add("Replacement requested: " + addresses(scope.replace()) + ".");
    }
    return out;
  }

  private static String addresses(List<ResourceAddress> list) {
    return String.join(", ", list.stream().map(ResourceAddress::toString).toList());
  }

  /**
   * What was read, in the words of the target's description ({@code Azure subscription …}, {@code
   * sandbox at …}, {@code embedded sandbox …}): a plan against the sandbox must not claim Azure.
   */
  private static String liveState(String target) {
    if (target.startsWith("Azure")) {
      return "Live Azure";
    }
    return target.contains("sandbox") ? "The sandbox" : "Live state";
  }

  /** A consequence's address and message as one line, control characters escaped. */
  static String line(Consequence c) {
    return ControlChars.escape(c.address()) + ": " + ControlChars.escape(c.message());
  }

  /**
   * The route windows of a plan's replaced endpoints, by endpoint address, as apply will order them
   * (the execution graph, not a guess). Computed only when a delivery gap is there to explain.
   */
  static Map<String, RouteWindow> windows(Plan plan) {
    if (plan.consequences().stream().noneMatch(c -> c.code() == Consequence.Code.DELIVERY_GAP)) {
      return Map.of();
    }
    Map<String, RouteWindow> out = new HashMap<>();
    RouteWindow.of(ExecutionGraph.of(plan)).forEach(w -> out.put(w.endpoint(), w));
    return out;
  }

  /**
   * A line under a consequence, unescaped: {@code text}, then the ids of {@code steps} (a code span
   * each in Markdown), comma-separated.
   */
  record Detail(String text, List<String> steps) {}

  /**
   * The lines under a consequence: for a delivery gap, which steps run while its routes are
   * missing; then its hint.
   */
  static List<Detail> details(Consequence c, Map<String, RouteWindow> windows) {
    List<Detail> out = new ArrayList<>();
    RouteWindow w = c.code() == Consequence.Code.DELIVERY_GAP ? windows.get(c.address()) : null;
    if (w != null) {
      boolean one = w.routes().size() == 1;
      out.add(
          new Detail(
              (one ? "route " : "routes ")
                  + String.join(", ", w.routes())
                  + (one ? " is" : " are")
                  + " missing while apply runs: ",
              w.inside().stream().map(Step::id).toList()));
    }
    if (c.hint() != null) {
      out.add(new Detail("hint: " + c.hint(), List.of()));
    }
    return out;
  }

  static List<Consequence> of(Plan plan, Severity severity) {
    return plan.consequences().stream().filter(c -> c.severity() == severity).toList();
  }

  /**
   * An endpoint or route that goes with a deleted instance, as a reviewer needs it: {@code endpoint
   * "telemetry"}, {@code route "all" (to endpoint telemetry)}.
   */
  static String childLine(Resource r) {
    String line = kindName(r.kind()) + " \"" + ControlChars.escape(Plan.nameOf(r)) + "\"";
    return r instanceof Route route
        ? line + " (to endpoint " + ControlChars.escape(route.endpointName()) + ")"
        : line;
  }

  static String kindName(ResourceKind kind) {
    return Kinds.of(kind).displayName();
  }

  /**
   * The last step of an address: {@code telemetry} for {@code instances.f.endpoints.telemetry}, the
   * name for {@code roleAssignments["<name>"]}.
   */
  static String shortName(ResourceAddress address) {
    return ControlChars.escape(address.shortName());
  }

  static String headline(PlannedChange c) {
    String what = "# " + ControlChars.escape(c.address().toString());
    return switch (c.action()) {
      case CREATE -> what + " will be created";
      case UPDATE -> what + " will be updated in-place";
      case REPLACE -> what + " must be replaced";
      case DELETE -> what + " will be destroyed";
      case NO_OP -> what + " is unchanged";
    };
  }
}
