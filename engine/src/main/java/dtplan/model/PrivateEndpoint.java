package dtplan.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A private endpoint ({@code Microsoft.Network/privateEndpoints}) in a subnet, connected to one
 * instance's {@code API} group. It is a resource of its own in the stack's resource group, not a
 * child of the instance, but dtplan declares and plans it with the instance it reaches. {@code
 * dnsZone} is the private DNS zone its zone group registers it in, or null without one.
 */
public record PrivateEndpoint(
    String id,
    String instanceId,
    String location,
    String subnet,
    String groupId,
    String dnsZone,
    Map<String, String> tags,
    String provisioningState)
    implements Resource {
  /** The one group an Azure Digital Twins instance offers to private links. */
  public static final String API_GROUP = "API";

  public PrivateEndpoint {
    id = ArmId.normalize(id);
    instanceId = ArmId.normalize(instanceId);
    tags = Collections.unmodifiableMap(new TreeMap<>(tags == null ? Map.of() : tags));
  }

  public String name() {
    return ArmId.lastSegment(id);
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.PRIVATE_ENDPOINT;
  }
}
