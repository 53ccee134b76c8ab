package dtplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.diag.Severity;
import dtplan.plan.Plan;
import dtplan.plan.Summary;

/** The one-line JSON event that opens an apply's JSON stream: what the plan will do. */
final class PlanEvents {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PlanEvents() {}

  static String planned(Plan plan) {
    ObjectNode e = JSON.createObjectNode();
    e.put("type", "planned");
    e.put("target", plan.target());
    Summary counts = plan.summary();
    e.put("add", counts.add());
    e.put("change", counts.change());
    e.put("replace", counts.replace());
    e.put("destroy", counts.destroy());
    e.put(
        "errors", plan.consequences().stream().filter(c -> c.severity() == Severity.ERROR).count());
    e.put(
        "warnings",
        plan.consequences().stream().filter(c -> c.severity() == Severity.WARNING).count());
    return e.toString();
  }
}
