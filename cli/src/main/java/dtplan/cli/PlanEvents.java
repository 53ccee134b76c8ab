package dtplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.diag.Severity;
import dtplan.plan.Action;
import dtplan.plan.Plan;

/** The one-line JSON event that opens an apply's JSON stream: what the plan will do. */
final class PlanEvents {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PlanEvents() {}

  static String planned(Plan plan) {
    ObjectNode e = JSON.createObjectNode();
    e.put("type", "planned");
    e.put("target", plan.target());
    e.put("add", plan.count(Action.CREATE));
    e.put("change", plan.count(Action.UPDATE));
    e.put("replace", plan.count(Action.REPLACE));
    e.put("destroy", plan.count(Action.DELETE));
    e.put(
        "errors", plan.consequences().stream().filter(c -> c.severity() == Severity.ERROR).count());
    e.put(
        "warnings",
        plan.consequences().stream().filter(c -> c.severity() == Severity.WARNING).count());
    return e.toString();
  }
}
