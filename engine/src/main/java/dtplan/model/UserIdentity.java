package dtplan.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A user-assigned managed identity ({@code Microsoft.ManagedIdentity/userAssignedIdentities}). */
public record UserIdentity(
    String id, String location, Map<String, String> tags, String principalId, String clientId)
    implements Resource {
  public UserIdentity {
    tags = Collections.unmodifiableMap(new TreeMap<>(tags == null ? Map.of() : tags));
  }

  public String name() {
    return ArmId.lastSegment(id);
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.USER_IDENTITY;
  }
}
