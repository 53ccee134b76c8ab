package dtplan.plan.order;

import java.util.List;

/**
 * Every rule that orders two steps, in the order they are tried (which decides only which rule is
 * named for an edge two rules agree on). Apply follows exactly these; {@code dtplan graph} and the
 * plan's Mermaid graph draw them.
 */
public final class OrderingRules {
  private OrderingRules() {}

  static final ReplaceDeletesFirst REPLACE_DELETES_FIRST = new ReplaceDeletesFirst();

  public static final List<OrderingRule> PAIRWISE =
      List.of(
          REPLACE_DELETES_FIRST,
          new IdentityBeforeInstance(),
          new KnownAfterApply(),
          new InstanceBeforeChildren(),
          new IdentityBeforeEndpoint(),
          new RolesBeforeIdentityEndpoint(),
          new RolesBeforeDataHistory(),
          new EndpointBeforeRoutes(),
          new DataOwnerBeforeRoutes(),
          new SecretBeforeFingerprint(),
          new RoutesBeforePublicAccessOff(),
          new PrivateEndpointBeforePublicAccessOff(),
          new RoutesBeforeDataOwnerRevoked(),
          new RoutesDeletedBeforeEndpoints(),
          new EndpointsDeletedBeforeRoles(),
          new DataHistoryDeletedBeforeRoles(),
          new DataHistoryDeletedBeforeTagRemoved(),
          new ChildrenDeletedBeforeInstance(),
          new RoutesDeletedBeforeEndpointReplaced(),
          new EndpointsDeletedBeforeIdentityRemoved(),
          new GrantDeletedBeforeSubscriptionForgotten(),
          new DeletionsFirstWhenCrowded(),
          new RouteRetargetedBeforeEndpointDeleted(),
          new IdentityDeletedLast());

  /** Applied after every pairwise rule, because it reads their transitive result. */
  public static final ReadyBeforeRoutesGo WINDOW = new ReadyBeforeRoutesGo();

  /** Every rule by name: the pairwise ones, then the window rule. */
  public static List<OrderingRule> all() {
    return java.util.stream.Stream.concat(PAIRWISE.stream(), java.util.stream.Stream.of(WINDOW))
        .toList();
  }
}
