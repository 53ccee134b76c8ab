package dtplan.provider;

import java.util.List;

/**
 * What a plan needs to see. The provider lists the instances of {@code resourceGroup} and keeps
 * those tagged {@code dtplan-stack=<stack>} plus those named in {@code instanceIds}; for each kept
 * instance it reads its endpoints and routes; it reads the role assignments of every principal of
 * those instances and of {@code userIdentityIds}; it reads each of {@code destinationIds}
 * (existence and derivable properties); it resolves {@code roleNames} that are not built in to role
 * definition GUIDs.
 */
public record ReadRequest(
    String subscription,
    String resourceGroup,
    String stack,
    List<String> instanceIds,
    List<String> userIdentityIds,
    List<String> destinationIds,
    List<String> roleNames) {
  public ReadRequest {
    instanceIds = List.copyOf(instanceIds);
    userIdentityIds = List.copyOf(userIdentityIds);
    destinationIds = List.copyOf(destinationIds);
    roleNames = List.copyOf(roleNames);
  }
}
