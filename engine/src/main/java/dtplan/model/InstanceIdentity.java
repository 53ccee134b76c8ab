package dtplan.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The managed identities of an instance. {@code principalId} is the system identity's object id
 * (live only; a new one each time the system identity is enabled). {@code userPrincipalIds} maps
 * each linked user-assigned identity's ARM id to its principal id (live only).
 */
public record InstanceIdentity(
    boolean system,
    List<String> userAssigned,
    String principalId,
    String tenantId,
    Map<String, String> userPrincipalIds) {
  public static final InstanceIdentity NONE =
      new InstanceIdentity(false, List.of(), null, null, Map.of());

  public InstanceIdentity {
    userAssigned =
        userAssigned == null
            ? List.of()
            : userAssigned.stream()
                .map(ArmId::normalize)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    userPrincipalIds =
        Collections.unmodifiableMap(
            new TreeMap<>(userPrincipalIds == null ? Map.of() : userPrincipalIds));
  }

  /**
   * The object ids of every identity of the instance, as read: the system one and each linked one.
   */
  public List<String> principalIds() {
    List<String> out = new ArrayList<>();
    if (principalId != null) {
      out.add(principalId);
    }
    out.addAll(userPrincipalIds.values());
    return out;
  }

  /** The ARM {@code identity.type} string for this combination, in the 2023-01-31 spelling. */
  public String armType() {
    if (system && !userAssigned.isEmpty()) {
      return "SystemAssigned,UserAssigned";
    }
    if (system) {
      return "SystemAssigned";
    }
    return userAssigned.isEmpty() ? "None" : "UserAssigned";
  }

  public boolean hasUser(String userIdentityId) {
    return userAssigned.stream().anyMatch(u -> u.equalsIgnoreCase(userIdentityId));
  }

  /** The same identity configuration without the values only Azure knows. */
  public InstanceIdentity withoutLiveValues() {
    return new InstanceIdentity(system, userAssigned, null, null, Map.of());
  }
}
