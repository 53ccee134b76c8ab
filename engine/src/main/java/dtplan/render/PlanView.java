package dtplan.render;

import dtplan.diag.ControlChars;
import dtplan.diag.Severity;
import dtplan.model.ResourceKind;
import dtplan.plan.Action;
import dtplan.plan.Consequence;
import dtplan.plan.Plan;
import dtplan.plan.PlannedChange;
import java.util.Comparator;
import java.util.List;

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
      return "No changes. " + liveState(plan.target()) + " matches the spec.";
    }
    return "Plan: "
        + plan.count(Action.CREATE)
        + " to add, "
        + plan.count(Action.UPDATE)
        + " to change, "
        + plan.count(Action.REPLACE)
        + " to replace, "
        + plan.count(Action.DELETE)
        + " to destroy.";
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

  static List<Consequence> of(Plan plan, Severity severity) {
    return plan.consequences().stream().filter(c -> c.severity() == severity).toList();
  }

  static String kindName(ResourceKind kind) {
    return switch (kind) {
      case USER_IDENTITY -> "identity";
      case INSTANCE -> "instance";
      case ROLE_ASSIGNMENT -> "role_assignment";
      case ENDPOINT -> "endpoint";
      case ROUTE -> "route";
    };
  }

  /**
   * The last step of an address: {@code telemetry} for {@code instances.f.endpoints.telemetry}, the
   * name for {@code roleAssignments["<name>"]}.
   */
  static String shortName(String address) {
    return ControlChars.escape(lastStep(address));
  }

  private static String lastStep(String address) {
    if (address.endsWith("\"]")) {
      int open = address.lastIndexOf("[\"");
      if (open >= 0) {
        return address.substring(open + 2, address.length() - 2);
      }
    }
    return address.substring(address.lastIndexOf('.') + 1);
  }

  static String headline(PlannedChange c) {
    String what = "# " + ControlChars.escape(c.address());
    return switch (c.action()) {
      case CREATE -> what + " will be created";
      case UPDATE -> what + " will be updated in-place";
      case REPLACE -> what + " must be replaced";
      case DELETE -> what + " will be destroyed";
      case NO_OP -> what + " is unchanged";
    };
  }
}
