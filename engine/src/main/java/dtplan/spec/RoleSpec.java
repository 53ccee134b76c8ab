package dtplan.spec;

import dtplan.diag.SourceLocation;

/**
 * A role for one of an instance's identities: {@code identity} is {@code system} or the key of a
 * user-assigned identity linked to the instance. {@code role} is a name or GUID as written.
 */
public record RoleSpec(String role, String scope, String identity, SourceLocation at) {
  public static final String SYSTEM = "system";
}
