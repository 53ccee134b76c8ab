package dtplan.importer;

import java.util.List;

/**
 * What to import: the instances of {@code resourceGroup} in {@code subscription} (all of them, or
 * only {@code instanceNames}), into a spec of {@code stack}. {@code schemaPath} is what the
 * modeline names, relative to where the spec is written.
 */
public record ImportRequest(
    String subscription,
    String resourceGroup,
    String stack,
    List<String> instanceNames,
    String schemaPath) {
  public ImportRequest {
    instanceNames = instanceNames == null ? List.of() : List.copyOf(instanceNames);
  }

  public String resourceGroupId() {
    return "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup;
  }
}
