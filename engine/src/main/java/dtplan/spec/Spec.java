package dtplan.spec;

import java.util.Map;

/**
 * A loaded, valid spec (version 1). Maps are sorted by key, so everything derived from a spec is
 * deterministic whatever order the YAML used. {@code subscription} is the effective subscription:
 * the command line's, the environment's or the spec's; {@code lock} is null without {@code lock:};
 * {@code cloud} is {@link Cloud#DEFAULT} without {@code azure.cloud}.
 */
public record Spec(
    String file,
    String stack,
    String subscription,
    String resourceGroup,
    String location,
    Map<String, IdentitySpec> identities,
    Map<String, InstanceSpec> instances,
    Map<String, RoleAssignmentSpec> roleAssignments,
    LockSpec lock,
    Cloud cloud) {
  public Spec {
    cloud = cloud == null ? Cloud.DEFAULT : cloud;
    identities = Sorted.copy(identities);
    instances = Sorted.copy(instances);
    roleAssignments = Sorted.copy(roleAssignments);
  }

  /** A spec without {@code lock:}, in Azure's public cloud. */
  public Spec(
      String file,
      String stack,
      String subscription,
      String resourceGroup,
      String location,
      Map<String, IdentitySpec> identities,
      Map<String, InstanceSpec> instances,
      Map<String, RoleAssignmentSpec> roleAssignments) {
    this(
        file,
        stack,
        subscription,
        resourceGroup,
        location,
        identities,
        instances,
        roleAssignments,
        null,
        Cloud.DEFAULT);
  }

  /** ARM id of the resource group everything of this stack lives in. */
  public String resourceGroupId() {
    return "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup;
  }

  /** The ARM id the instance has, or will have, in the stack's resource group. */
  public String instanceId(InstanceSpec instance) {
    return resourceGroupId()
        + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/"
        + instance.name();
  }
}
