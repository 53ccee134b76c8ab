package dtplan.sandbox;

import java.util.UUID;

/**
 * Seed documents that give the sandbox's caller a role, the way a real user's setup assigns
 * themselves Azure Digital Twins Data Owner before calling the data plane.
 */
final class CallerRoles {
  static final String DATA_OWNER = "bcd981a7-7f74-457b-83e1-cceb9e632ffe";
  static final String DATA_READER = "d57506d4-4c8d-48b1-8587-93c323f6a5a3";
  static final String OWNER = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
  static final String SUBSCRIPTION = "/subscriptions/" + Sandbox.DEFAULT_SUBSCRIPTION;

  private CallerRoles() {}

  /** Data Owner for the caller on the whole default subscription, effective at once. */
  static void grantDataOwner(Sandbox sb) {
    sb.seed(seed(sb, SUBSCRIPTION, DATA_OWNER));
  }

  /** A seed document with one role assignment for the caller of {@code sb}. */
  static String seed(Sandbox sb, String scope, String roleGuid) {
    return """
        {"roleAssignments": [{"id": "%s/providers/Microsoft.Authorization/roleAssignments/%s",
          "properties": {"roleDefinitionId":
              "/providers/Microsoft.Authorization/roleDefinitions/%s",
            "principalId": "%s"}}]}
        """
        .formatted(scope, UUID.randomUUID(), roleGuid, sb.config().callerPrincipalId());
  }
}
