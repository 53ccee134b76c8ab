package dtplan.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** An Azure Digital Twins instance ({@code Microsoft.DigitalTwins/digitalTwinsInstances}). */
public record Instance(
    String id,
    String location,
    Map<String, String> tags,
    InstanceIdentity identity,
    String publicNetworkAccess,
    String hostName,
    String provisioningState)
    implements Resource {
  public Instance {
    tags = Collections.unmodifiableMap(new TreeMap<>(tags == null ? Map.of() : tags));
    identity = identity == null ? InstanceIdentity.NONE : identity;
  }

  public String name() {
    return ArmId.lastSegment(id);
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.INSTANCE;
  }
}
