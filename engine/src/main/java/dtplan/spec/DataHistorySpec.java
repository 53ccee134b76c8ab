package dtplan.spec;

import dtplan.diag.SourceLocation;

/**
 * A data history connection as the spec wants it. {@code adx} is the ARM id of the Azure Data
 * Explorer database, {@code eventhub} that of the event hub it is fed through. {@code identity} is
 * {@code system} or {@code identities.<key>}. Table names and {@code consumerGroup} are null where
 * the spec leaves them to Azure's defaults; {@code recordRemovals} is false unless set.
 */
public record DataHistorySpec(
    String name,
    String adx,
    String eventhub,
    String consumerGroup,
    String identity,
    String propertiesTable,
    String twinLifecycleTable,
    String relationshipLifecycleTable,
    boolean recordRemovals,
    SourceLocation at) {
  static final String IDENTITY_PREFIX = "identities.";

  public boolean usesSystemIdentity() {
    return RoleSpec.SYSTEM.equals(identity);
  }

  /** The key under {@code identities}, or null when this names no user identity. */
  public String identityKey() {
    return identity.startsWith(IDENTITY_PREFIX)
        ? identity.substring(IDENTITY_PREFIX.length())
        : null;
  }
}
