package dtplan.plan.order;

import org.jgrapht.graph.DefaultEdge;

/** An edge of the execution graph, with the rule that put it there. */
final class OrderEdge extends DefaultEdge {
  private final transient OrderingRule rule;

  OrderEdge(OrderingRule rule) {
    this.rule = rule;
  }

  OrderingRule rule() {
    return rule;
  }
}
