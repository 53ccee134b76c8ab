package dtplan.spec;

import dtplan.diag.SourceLocation;

/**
 * The general form of a role assignment: {@code principal} is {@code identities.<key>} or {@code
 * instances.<key>} (that instance's system identity).
 */
public record RoleAssignmentSpec(
    String key, String principal, String role, String scope, SourceLocation at) {
  public boolean principalIsInstance() {
    return principal.startsWith("instances.");
  }

  public String principalKey() {
    return principal.substring(principal.indexOf('.') + 1);
  }
}
