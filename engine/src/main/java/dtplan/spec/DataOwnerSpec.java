package dtplan.spec;

import dtplan.diag.SourceLocation;
import dtplan.model.RoleDefinitions;

/**
 * A principal that gets Azure Digital Twins Data Owner on an instance: {@code caller} (whoever runs
 * dtplan: the token's object id), {@code identities.<key>} (a user-assigned identity of the spec),
 * or an object id (a person, group or service principal).
 */
public record DataOwnerSpec(String principal, SourceLocation at) {
  public static final String CALLER = "caller";
  static final String IDENTITY_PREFIX = "identities.";

  public boolean isCaller() {
    return CALLER.equals(principal);
  }

  /** The key under {@code identities}, or null when this names no identity. */
  public String identityKey() {
    return principal.startsWith(IDENTITY_PREFIX)
        ? principal.substring(IDENTITY_PREFIX.length())
        : null;
  }

  /** The object id as written, or null when this names the caller or an identity. */
  public String objectId() {
    return RoleDefinitions.isGuid(principal) ? principal : null;
  }
}
