package dtplan.model;

/** The kinds of resource dtplan manages, in the order apply creates them. */
public enum ResourceKind {
  USER_IDENTITY,
  INSTANCE,
  ROLE_ASSIGNMENT,
  ENDPOINT,
  ROUTE,
  PRIVATE_ENDPOINT,
  PRIVATE_ENDPOINT_CONNECTION,
  DATA_HISTORY,
  DATA_EXPLORER_PRINCIPAL
}
