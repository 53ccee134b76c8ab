package dtplan.plan.order;

/**
 * One reason a step must finish before another. Rules are data: each has a name shown wherever an
 * order is explained (a conflict, {@code dtplan graph}) and a reason saying what goes wrong without
 * it. The same list orders apply and draws the graph reviewers see.
 */
public interface OrderingRule {
  /** A short kebab-case name, stable across releases: reviewers and bug reports quote it. */
  String name();

  /** What would go wrong in Azure if the two steps ran the other way round or at once. */
  String reason();

  /**
   * Whether {@code first} must finish before {@code then} may start. Only called for two steps of
   * the same instance or the same principal ({@link StepGroups}).
   */
  boolean orders(Step first, Step then, PlanFacts facts);
}
