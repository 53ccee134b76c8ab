package dtplan.importer;

import dtplan.spec.Cloud;
import java.util.List;

/**
 * What to import: the instances of {@code resourceGroup} in {@code subscription} (all of them, or
 * only {@code instanceNames}), into a spec of {@code stack}. {@code schemaPath} is what the
 * modeline names, relative to where the spec is written. {@code cloud} is the Azure cloud read,
 * which the spec must name unless it is the public one.
 */
public record ImportRequest(
    String subscription,
    String resourceGroup,
    String stack,
    List<String> instanceNames,
    String schemaPath,
    Cloud cloud) {
  public ImportRequest {
    instanceNames = instanceNames == null ? List.of() : List.copyOf(instanceNames);
    cloud = cloud == null ? Cloud.DEFAULT : cloud;
  }

  /** A request for the public cloud. */
  public ImportRequest(
      String subscription,
      String resourceGroup,
      String stack,
      List<String> instanceNames,
      String schemaPath) {
    this(subscription, resourceGroup, stack, instanceNames, schemaPath, Cloud.DEFAULT);
  }

  public String resourceGroupId() {
    return "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup;
  }
}
