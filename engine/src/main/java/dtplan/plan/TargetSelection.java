package dtplan.plan;

import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.OrderConflict;
import dtplan.plan.order.Step;
import dtplan.spec.Suggest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which changes a targeted plan keeps, as Terraform's {@code -target} does: those of the targeted
 * resources, and of every resource whose step must finish before one of theirs can start (its
 * ancestors in the {@link ExecutionGraph}: a route needs its endpoint, a role assignment the
 * instance whose principal it grants to). Whatever else is pending is left out, so the plan is
 * partial and says so.
 */
public final class TargetSelection {
  private TargetSelection() {}

  /**
   * The changes to keep, in their order.
   *
   * @throws UnknownAddressException if a target names no resource of the plan
   */
  public static List<PlannedChange> select(
      List<PlannedChange> changes, List<ResourceAddress> targets) {
    if (targets.isEmpty()) {
      return changes;
    }
    requireKnown(changes, targets, "--target");
    Set<ResourceAddress> keep = new HashSet<>(targets);
    ExecutionGraph graph;
    try {
      graph = ExecutionGraph.of(changes);
    } catch (OrderConflict conflict) {
      return changes; // the planner reports it, and a plan with errors is never applied
    }
    for (Step step : graph.steps()) {
      if (targets.contains(step.address())) {
        graph.ancestors(step).forEach(a -> keep.add(a.address()));
      }
    }
    List<PlannedChange> out = new ArrayList<>();
    for (PlannedChange c : changes) {
      if (keep.contains(c.address())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Every address names a change of the plan (one with nothing to do counts: it names a resource).
   *
   * @param option the option the addresses came from, for the message
   * @throws UnknownAddressException for the first that does not, with the nearest that does
   */
  public static void requireKnown(
      List<PlannedChange> changes, List<ResourceAddress> addresses, String option) {
    if (addresses.isEmpty()) {
      return; // every plan asks, for --replace, and writing out each address cost 2 % (issue 19)
    }
    Set<ResourceAddress> present = new HashSet<>();
    changes.forEach(c -> present.add(c.address()));
    for (ResourceAddress a : addresses) {
      if (!present.contains(a)) {
        List<String> known = changes.stream().map(c -> c.address().toString()).sorted().toList();
        String near = Suggest.nearest(a.toString(), known);
        throw new UnknownAddressException(
            option
                + " "
                + a
                + " names no resource of this stack"
                + (near != null ? "; did you mean `" + near + "`?" : "")
                + (known.isEmpty()
                    ? ""
                    : " (`dtplan plan SPEC` without " + option + " lists every address)"));
      }
    }
  }

  /**
   * The consequences a partial plan keeps: those about a change it keeps, and those about no change
   * at all (the stack as a whole). What concerns a change left out waits for the plan that has it.
   */
  public static List<Consequence> concerning(
      List<PlannedChange> kept, List<PlannedChange> all, List<Consequence> consequences) {
    if (kept.size() == all.size()) {
      return consequences;
    }
    Set<String> keptAddresses = new HashSet<>();
    kept.forEach(c -> keptAddresses.add(c.address().toString()));
    Set<String> allAddresses = new HashSet<>();
    all.forEach(c -> allAddresses.add(c.address().toString()));
    List<Consequence> out = new ArrayList<>();
    for (Consequence c : consequences) {
      if (keptAddresses.contains(c.address()) || !allAddresses.contains(c.address())) {
        out.add(c);
      }
    }
    return out;
  }
}
