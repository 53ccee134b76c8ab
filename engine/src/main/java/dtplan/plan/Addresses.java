package dtplan.plan;

/** The addresses plans use for resources: the spec's own paths, so a reviewer can find them. */
public final class Addresses {
  private Addresses() {}

  public static ResourceAddress identity(String key) {
    return ResourceAddress.of("identities", key);
  }

  public static ResourceAddress instance(String key) {
    return ResourceAddress.of("instances", key);
  }

  public static ResourceAddress endpoint(String instanceKey, String name) {
    return instance(instanceKey).field("endpoints", name);
  }

  public static ResourceAddress route(String instanceKey, String name) {
    return instance(instanceKey).field("routes", name);
  }

  public static ResourceAddress privateEndpoint(String instanceKey, String key) {
    return instance(instanceKey).field("privateEndpoints", key);
  }

  /** The connection Azure made on the instance for one of its private endpoints. */
  public static ResourceAddress privateEndpointConnection(
      String instanceKey, String endpointKey, String connectionName) {
    return privateEndpoint(instanceKey, endpointKey).field("connections", connectionName);
  }

  public static ResourceAddress dataHistory(String instanceKey, String name) {
    return instance(instanceKey).field("dataHistory", name);
  }

  /** The event hub role a data history connection's identity needs, derived by dtplan. */
  public static ResourceAddress dataHistoryEventHubRole(String instanceKey, String name) {
    return dataHistory(instanceKey, name).field("roles", "eventhub");
  }

  /** The Admin principal assignment on its database a data history connection's identity needs. */
  public static ResourceAddress dataHistoryAdxAdmin(String instanceKey, String name) {
    return dataHistory(instanceKey, name).field("roles", "adx");
  }

  public static ResourceAddress instanceRole(String instanceKey, int index) {
    return instance(instanceKey).index("roles", index);
  }

  public static ResourceAddress dataOwner(String instanceKey, int index) {
    return instance(instanceKey).index("dataOwners", index);
  }

  public static ResourceAddress roleAssignment(String key) {
    return ResourceAddress.of("roleAssignments", key);
  }

  /** A role assignment this stack made earlier and the spec no longer asks for. */
  public static ResourceAddress orphanRoleAssignment(String name) {
    return ResourceAddress.quoted("roleAssignments", name);
  }
}
