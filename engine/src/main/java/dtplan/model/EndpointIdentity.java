package dtplan.model;

/**
 * Which instance identity an identity-based endpoint authenticates with: the system identity
 * ({@code userAssignedIdentity == null}) or one user-assigned identity, by ARM id.
 */
public record EndpointIdentity(String userAssignedIdentity) {
  public static final EndpointIdentity SYSTEM = new EndpointIdentity(null);

  public EndpointIdentity {
    userAssignedIdentity =
        userAssignedIdentity == null ? null : ArmId.normalize(userAssignedIdentity);
  }

  public static EndpointIdentity user(String userIdentityId) {
    return new EndpointIdentity(userIdentityId);
  }

  public boolean isSystem() {
    return userAssignedIdentity == null;
  }

  public String armType() {
    return isSystem() ? "SystemAssigned" : "UserAssigned";
  }

  @Override
  public String toString() {
    return isSystem() ? "system" : userAssignedIdentity;
  }
}
