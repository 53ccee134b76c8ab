package dtplan.model;

/**
 * A role assignment ({@code Microsoft.Authorization/roleAssignments}). {@code roleDefinitionId} is
 * the role's GUID alone, whatever form Azure returned. {@code name} is the assignment's GUID; for
 * assignments dtplan creates it is derived from scope, principal and role, so a retried create
 * cannot duplicate. {@code principalId} is null in desired state while the principal does not exist
 * yet (a system identity about to be enabled). {@code principalType} is what the create sends:
 * {@code ServicePrincipal} for managed identities, which lets Azure accept one that has not
 * replicated yet; null for any other principal (a person, a group, the caller), since Azure refuses
 * a type that does not match the principal (UnmatchedPrincipalType). It is not compared in plans.
 */
public record RoleAssignment(
    String scope,
    String principalId,
    String roleDefinitionId,
    String name,
    String description,
    String principalType)
    implements Resource {
  public static final String SERVICE_PRINCIPAL = "ServicePrincipal";

  /** The attribute that is "known after apply" while the principal does not exist yet. */
  public static final String PRINCIPAL_ID = "principalId";

  public RoleAssignment {
    scope = ArmId.normalize(scope);
    roleDefinitionId = RoleDefinitions.guidOf(roleDefinitionId);
  }

  /** An assignment to a managed identity, the kind dtplan makes for endpoints. */
  public RoleAssignment(
      String scope, String principalId, String roleDefinitionId, String name, String description) {
    this(scope, principalId, roleDefinitionId, name, description, SERVICE_PRINCIPAL);
  }

  @Override
  public String id() {
    return scope + "/providers/Microsoft.Authorization/roleAssignments/" + name;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.ROLE_ASSIGNMENT;
  }

  /** Whether this assignment grants its role on {@code target}: at that scope or any above it. */
  public boolean covers(String target) {
    return ArmId.isAtOrBelow(target, scope);
  }
}
