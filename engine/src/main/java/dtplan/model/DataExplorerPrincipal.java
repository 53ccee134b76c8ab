package dtplan.model;

/**
 * A database principal assignment of Azure Data Explorer ({@code
 * Microsoft.Kusto/clusters/databases/principalAssignments}): {@code role} ({@code Admin}, {@code
 * Ingestor}, {@code Monitor}, {@code User}, {@code UnrestrictedViewer} or {@code Viewer}) on the
 * database for a principal of {@code principalType} ({@code App}, {@code Group}, {@code User}).
 * dtplan makes one for each data history connection's identity: Admin, type App, as {@code az dt
 * data-history connection create adx} adds it. {@code principalId} is null in desired state while
 * the identity does not exist yet; {@code name} is then null too, since it is derived from
 * database, principal and role so that a retried create cannot duplicate.
 */
public record DataExplorerPrincipal(
    String databaseId, String principalId, String role, String principalType, String name)
    implements Resource {
  public static final String ADMIN = "Admin";
  public static final String APP = "App";

  public DataExplorerPrincipal {
    databaseId = ArmId.normalize(databaseId);
  }

  /** The Admin assignment for a managed identity, named from database, principal and role. */
  public static DataExplorerPrincipal admin(String databaseId, String principalId) {
    return new DataExplorerPrincipal(
        databaseId,
        principalId,
        ADMIN,
        APP,
        principalId == null ? null : RoleAssignmentNames.of(databaseId, principalId, ADMIN));
  }

  /**
   * Whether this is an Admin assignment dtplan made: nothing in it marks a stack, but dtplan names
   * its assignments from database, principal and role ({@link #admin}), which a person or another
   * tool does not.
   */
  public boolean namedByDtplan() {
    return principalId != null
        && ADMIN.equals(role)
        && admin(databaseId, principalId).name().equalsIgnoreCase(name);
  }

  @Override
  public String id() {
    return databaseId + "/principalAssignments/" + name;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.DATA_EXPLORER_PRINCIPAL;
  }
}
