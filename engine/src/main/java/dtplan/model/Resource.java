package dtplan.model;

/**
 * One manageable object. {@link #id()} is its ARM id, except for routes, which live on the data
 * plane and are identified as {@code <instance id>/eventRoutes/<name>}.
 */
public sealed interface Resource
    permits UserIdentity,
        Instance,
        RoleAssignment,
        Endpoint,
        Route,
        PrivateEndpoint,
        PrivateEndpointConnection,
        DataHistoryConnection,
        DataExplorerPrincipal {
  ResourceKind kind();

  String id();
}
