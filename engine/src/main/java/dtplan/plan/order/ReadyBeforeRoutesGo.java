package dtplan.plan.order;

import dtplan.model.Endpoint;
import dtplan.model.ResourceKind;
import dtplan.model.Route;
import dtplan.plan.Action;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The window rule: while a replaced endpoint's routes are deleted, events they select are lost, so
 * nothing the new endpoint waits for may run inside that window. Every identity, instance or role
 * assignment write its creation waits for (the identity enabled or linked, its roles granted and
 * past PrincipalNotFound) finishes before the first of its routes is deleted. Then the routes go,
 * the endpoint is deleted and created, and the routes come back, each as soon as it can.
 *
 * <p>It reads the transitive result of every pairwise rule, so it runs after them. One exception,
 * which no order can avoid: a write that itself waits for the route deletion (an instance update
 * that takes away the identity the old endpoint uses, and the roles of the identity it gives) stays
 * in the window.
 */
public final class ReadyBeforeRoutesGo implements OrderingRule {
  ReadyBeforeRoutesGo() {}

  @Override
  public String name() {
    return "ready-before-routes-go";
  }

  @Override
  public String reason() {
    return "events the routes of a replaced endpoint select are lost while they are deleted: what"
        + " the new endpoint waits for is done before the window opens";
  }

  /** Decided on the whole graph instead, by {@link #link}. */
  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return false;
  }

  void link(ExecutionGraph g) {
    Map<String, List<Step>> routeDeletes = new HashMap<>();
    for (Step s : g.steps()) {
      if (!s.writes() && s.change().action() == Action.REPLACE && s.live() instanceof Route r) {
        routeDeletes
            .computeIfAbsent(endpointKey(r.instanceId(), r.endpointName()), k -> new ArrayList<>())
            .add(s);
      }
    }
    if (routeDeletes.isEmpty()) {
      return;
    }
    for (Step create : g.steps()) {
      if (!(create.live() instanceof Endpoint old) || create.operation() != Operation.CREATE) {
        continue;
      }
      List<Step> gone =
          routeDeletes.getOrDefault(endpointKey(old.instanceId(), old.name()), List.of());
      for (Step need : gone.isEmpty() ? Set.<Step>of() : g.ancestors(create)) {
        for (Step routeDelete : gone) {
          if (preparesIdentity(need) && !g.precedes(routeDelete, need)) {
            g.order(need, routeDelete, this);
          }
        }
      }
    }
  }

  private static String endpointKey(String instanceId, String endpointName) {
    return StepGroups.instanceKey(instanceId) + "/" + endpointName.toLowerCase(Locale.ROOT);
  }

  /** A write that gives an endpoint its identity or that identity its access. */
  private static boolean preparesIdentity(Step s) {
    ResourceKind kind = s.change().kind();
    return s.writes()
        && (kind == ResourceKind.USER_IDENTITY
            || kind == ResourceKind.INSTANCE
            || kind == ResourceKind.ROLE_ASSIGNMENT);
  }
}
