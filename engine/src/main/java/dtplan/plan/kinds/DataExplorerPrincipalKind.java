package dtplan.plan.kinds;

import dtplan.model.DataExplorerPrincipal;
import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.plan.LiveIndex;
import dtplan.plan.ResourceAddress;
import dtplan.plan.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An Azure Data Explorer database principal assignment. Like a role assignment, everything that
 * identifies it is in its name (derived from database, principal and role), so a changed database,
 * principal or role is another assignment: a deletion and a creation, never a replacement (and
 * Terraform's azurerm_kusto_database_principal_assignment forces a new resource on each).
 */
final class DataExplorerPrincipalKind extends NamedKind<DataExplorerPrincipal> {
  DataExplorerPrincipalKind() {
    super(ResourceKind.DATA_EXPLORER_PRINCIPAL, "data_explorer_principal");
  }

  @Override
  public Map<String, Value> attributes(
      DataExplorerPrincipal p, Map<String, ResourceAddress> unknowns, Map<String, String> secrets) {
    Map<String, Value> a = new LinkedHashMap<>();
    a.put("role", Value.of(p.role()));
    a.put("database", Value.of(p.databaseId()));
    a.put(RoleAssignment.PRINCIPAL_ID, RoleAssignmentKind.principal(p.principalId(), unknowns));
    a.put("principalType", Value.of(p.principalType()));
    return a;
  }

  @Override
  public Optional<DataExplorerPrincipal> findLive(DataExplorerPrincipal desired, LiveIndex live) {
    return live.sameDataExplorerPrincipal(desired);
  }

  @Override
  public boolean idKnown(DataExplorerPrincipal p) {
    return p.name() != null;
  }

  @Override
  public DataExplorerPrincipal withPrincipal(DataExplorerPrincipal p, String principalId) {
    return DataExplorerPrincipal.admin(p.databaseId(), principalId);
  }
}
