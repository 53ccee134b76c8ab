package dtplan.plan;

/** The addresses plans use for resources: the spec's own paths, so a reviewer can find them. */
public final class Addresses {
  private Addresses() {}

  public static String identity(String key) {
    return "identities." + key;
  }

  public static String instance(String key) {
    return "instances." + key;
  }

  public static String endpoint(String instanceKey, String name) {
    return instance(instanceKey) + ".endpoints." + name;
  }

  public static String route(String instanceKey, String name) {
    return instance(instanceKey) + ".routes." + name;
  }

  public static String instanceRole(String instanceKey, int index) {
    return instance(instanceKey) + ".roles[" + index + "]";
  }

  public static String dataOwner(String instanceKey, int index) {
    return instance(instanceKey) + ".dataOwners[" + index + "]";
  }

  public static String roleAssignment(String key) {
    return "roleAssignments." + key;
  }

  /** A role assignment this stack made earlier and the spec no longer asks for. */
  public static String orphanRoleAssignment(String name) {
    return "roleAssignments[\"" + name + "\"]";
  }
}
