package dtplan.plan;

import dtplan.model.RoleDefinitions;
import dtplan.provider.ReadRequest;
import dtplan.spec.DataHistorySpec;
import dtplan.spec.DataOwnerSpec;
import dtplan.spec.EndpointSpec;
import dtplan.spec.InstanceSpec;
import dtplan.spec.RoleScopes;
import dtplan.spec.RoleSpec;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What to read from Azure to plan a spec. */
public final class ReadRequests {
  private ReadRequests() {}

  public static ReadRequest forSpec(Spec spec) {
    List<String> instanceIds = new ArrayList<>();
    Set<String> destinations = new TreeSet<>();
    Set<String> roleNames = new TreeSet<>();
    Set<String> principals = new TreeSet<>();
    Set<String> dataHistoryInstances = new TreeSet<>();
    for (InstanceSpec instance : spec.instances().values()) {
      instanceIds.add(spec.instanceId(instance));
      for (EndpointSpec e : instance.endpoints().values()) {
        if (e.destination() != null) {
          destinations.add(e.destination());
        }
        if (e.deadLetterContainer() != null) {
          destinations.add(e.deadLetterContainer());
        }
      }
      if (!instance.dataHistory().isEmpty()) {
        dataHistoryInstances.add(spec.instanceId(instance));
      }
      for (DataHistorySpec c : instance.dataHistory().values()) {
        destinations.add(c.adx());
        destinations.add(c.eventhub());
      }
      for (RoleSpec role : instance.roles()) {
        addCustomRole(roleNames, role.role());
      }
      for (DataOwnerSpec owner : instance.dataOwners()) {
        if (owner.objectId() != null) {
          principals.add(owner.objectId().toLowerCase(Locale.ROOT));
        }
      }
    }
    spec.roleAssignments().values().forEach(a -> addCustomRole(roleNames, a.role()));
    Set<String> subscriptions = RoleScopes.otherSubscriptions(spec);
    List<String> identityIds =
        spec.identities().values().stream()
            .map(
                i ->
                    spec.resourceGroupId()
                        + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                        + i.name())
            .toList();
    return new ReadRequest(
        spec.subscription(),
        spec.resourceGroup(),
        spec.stack(),
        instanceIds,
        identityIds,
        List.copyOf(destinations),
        List.copyOf(roleNames),
        List.copyOf(principals),
        List.copyOf(subscriptions),
        false,
        dataHistoryInstances);
  }

  private static void addCustomRole(Set<String> names, String role) {
    if (!RoleDefinitions.isGuid(role) && RoleDefinitions.builtInGuid(role).isEmpty()) {
      names.add(role);
    }
  }
}
