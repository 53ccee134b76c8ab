package dtplan.apply;

import dtplan.model.ArmId;
import dtplan.model.Endpoint;
import dtplan.model.Route;
import dtplan.plan.Action;
import dtplan.plan.order.ExecutionGraph;
import dtplan.plan.order.Operation;
import dtplan.plan.order.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The window in which a replaced endpoint's routes are missing, as the execution graph orders it:
 * from the first of its routes deleted to the last recreated. {@code inside} are the other steps
 * the recreation waits for that need not finish before the first deletion: the steps that make the
 * window longer. With dtplan's rules, only the endpoint's own delete and create, unless an instance
 * update must wait for the old endpoint to go.
 *
 * @param endpoint the replaced endpoint's address
 * @param routes the names of its routes that are deleted and recreated, sorted
 * @param inside in apply order
 */
public record RouteWindow(String endpoint, List<String> routes, List<Step> inside) {
  public RouteWindow {
    routes = List.copyOf(routes);
    inside = List.copyOf(inside);
  }

  /** One window per replaced endpoint that routes use, in plan order. */
  public static List<RouteWindow> of(ExecutionGraph graph) {
    List<Step> order = graph.topologicalOrder();
    List<RouteWindow> out = new ArrayList<>();
    for (Step s : order) {
      if (s.operation() == Operation.CREATE && s.change().before() instanceof Endpoint old) {
        RouteWindow w = of(graph, order, s.address().toString(), old);
        if (w != null) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static RouteWindow of(
      ExecutionGraph graph, List<Step> order, String address, Endpoint old) {
    List<Step> opening = new ArrayList<>();
    List<Step> closing = new ArrayList<>();
    List<String> routes = new ArrayList<>();
    for (Step s : order) {
      if (s.change().action() == Action.REPLACE
          && s.change().before() instanceof Route r
          && ArmId.same(r.instanceId(), old.instanceId())
          && r.endpointName().equalsIgnoreCase(old.name())) {
        (s.operation() == Operation.DELETE ? opening : closing).add(s);
        if (s.operation() == Operation.DELETE) {
          routes.add(r.name());
        }
      }
    }
    if (opening.isEmpty()) {
      return null;
    }
    Set<Step> before = new HashSet<>(opening);
    opening.forEach(s -> before.addAll(graph.ancestors(s)));
    Set<Step> waitedFor = new HashSet<>();
    closing.forEach(s -> waitedFor.addAll(graph.ancestors(s)));
    List<Step> inside =
        order.stream()
            .filter(s -> waitedFor.contains(s) && !before.contains(s) && !closing.contains(s))
            .toList();
    return new RouteWindow(address, routes.stream().sorted().toList(), inside);
  }
}
