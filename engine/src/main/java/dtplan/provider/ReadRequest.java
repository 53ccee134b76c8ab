package dtplan.provider;

import dtplan.model.ArmId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a plan needs to see. The provider lists the instances of {@code resourceGroup} and keeps
 * those tagged {@code dtplan-stack=<stack>} plus those named in {@code instanceIds}; for each kept
 * instance it reads its endpoints and routes; it reads the role assignments of every principal of
 * those instances and of {@code userIdentityIds}; it reads each of {@code destinationIds}
 * (existence and derivable properties); it resolves {@code roleNames} that are not built in to role
 * definition GUIDs. {@code principalIds} are further principals whose role assignments it reads
 * (object ids the spec names); {@code scopeSubscriptions} are the subscriptions, besides the
 * stack's, where the spec grants roles, so assignments there are read too. {@code allInstances}
 * keeps every instance of the group whatever its tags ({@code dtplan import} describes what already
 * runs, owned or not); planning never sets it. {@code dataHistoryInstanceIds} are the instances
 * whose spec declares data history connections.
 */
public record ReadRequest(
    String subscription,
    String resourceGroup,
    String stack,
    List<String> instanceIds,
    List<String> userIdentityIds,
    List<String> destinationIds,
    List<String> roleNames,
    List<String> principalIds,
    List<String> scopeSubscriptions,
    boolean allInstances,
    Set<String> dataHistoryInstanceIds) {
  public ReadRequest(
      String subscription,
      String resourceGroup,
      String stack,
      List<String> instanceIds,
      List<String> userIdentityIds,
      List<String> destinationIds,
      List<String> roleNames,
      List<String> principalIds,
      List<String> scopeSubscriptions,
      boolean allInstances) {
    this(
        subscription,
        resourceGroup,
        stack,
        instanceIds,
        userIdentityIds,
        destinationIds,
        roleNames,
        principalIds,
        scopeSubscriptions,
        allInstances,
        Set.of());
  }

  public ReadRequest(
      String subscription,
      String resourceGroup,
      String stack,
      List<String> instanceIds,
      List<String> userIdentityIds,
      List<String> destinationIds,
      List<String> roleNames) {
    this(
        subscription,
        resourceGroup,
        stack,
        instanceIds,
        userIdentityIds,
        destinationIds,
        roleNames,
        List.of(),
        List.of(),
        false,
        Set.of());
  }

  public ReadRequest {
    instanceIds = List.copyOf(instanceIds);
    userIdentityIds = List.copyOf(userIdentityIds);
    destinationIds = List.copyOf(destinationIds);
    roleNames = List.copyOf(roleNames);
    principalIds = principalIds == null ? List.of() : List.copyOf(principalIds);
    scopeSubscriptions = scopeSubscriptions == null ? List.of() : List.copyOf(scopeSubscriptions);
    dataHistoryInstanceIds =
        dataHistoryInstanceIds == null
            ? Set.of()
            : dataHistoryInstanceIds.stream().map(ReadRequest::key).collect(Collectors.toSet());
  }

  /**
   * Whether to list the instance's data history connections: where its tag says it has some; where
   * the spec declares some, so that a connection of the same name made outside dtplan is seen
   * before the plan would write over it; and everywhere for an import, which describes what runs.
   */
  public boolean readsDataHistoryOf(String instanceId, boolean taggedWithDataHistory) {
    return taggedWithDataHistory
        || allInstances
        || dataHistoryInstanceIds.contains(key(instanceId));
  }

  private static String key(String id) {
    return ArmId.normalize(id).toLowerCase(Locale.ROOT);
  }
}
