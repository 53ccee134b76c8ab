package dtplan.azure;

import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.ArmId;
import dtplan.model.Instance;
import dtplan.model.PrivateEndpoint;
import dtplan.model.PrivateEndpointConnection;
import dtplan.model.ResourceKind;
import dtplan.provider.ProviderListener;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Private endpoints through the SDK's generic-resource client, as {@link EndpointWriter} writes
 * endpoints: PUT creates or updates and DELETE removes, both long-running (Azure-AsyncOperation),
 * polled by the SDK. The DNS zone group is a child resource ({@code privateDnsZoneGroups/default})
 * written after its private endpoint and removed when the spec drops {@code dnsZone}.
 */
final class PrivateEndpointWriter implements KindWriter<PrivateEndpoint> {
  /** What one read found: the private endpoints and their instances' connections. */
  record PrivateLinks(
      List<PrivateEndpoint> endpoints, List<PrivateEndpointConnection> connections) {}

  private final GenericResources generic;
  private final ArmLists arm;
  private final LongPuts puts;
  private final Deletes deletes;
  private final ProviderListener listener;

  PrivateEndpointWriter(
      GenericResources generic, ArmLists arm, Operations operations, ProviderListener listener) {
    this.generic = generic;
    this.arm = arm;
    this.puts = new LongPuts(generic, operations);
    this.deletes = new Deletes(generic, operations);
    this.listener = listener;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.PRIVATE_ENDPOINT;
  }

  @Override
  public PrivateEndpoint write(PrivateEndpoint desired, PrivateEndpoint prior) {
    String id = desired.id();
    String action = (prior == null ? "Creating" : "Updating") + " private endpoint " + id;
    Context ctx = ctx(id);
    return Failures.guard(
        action,
        id,
        () -> {
          JsonNode written =
              puts.put(id, ApiVersions.NETWORK, PrivateEndpointJson.putBody(desired), ctx);
          JsonNode zoneGroup = writeZoneGroup(desired, prior, ctx);
          return PrivateEndpointJson.fromArm(written, zoneGroup);
        });
  }

  private JsonNode writeZoneGroup(PrivateEndpoint desired, PrivateEndpoint prior, Context ctx) {
    String groupId = desired.id() + "/privateDnsZoneGroups/" + PrivateEndpointJson.ZONE_GROUP;
    if (desired.dnsZone() == null) {
      if (prior != null && prior.dnsZone() != null) {
        deletes.delete(groupId, ApiVersions.NETWORK, ctx);
      }
      return null;
    }
    if (prior != null && ArmId.same(prior.dnsZone(), desired.dnsZone())) {
      return generic.get(groupId, ApiVersions.NETWORK, ctx);
    }
    return puts.put(
        groupId, ApiVersions.NETWORK, PrivateEndpointJson.zoneGroupBody(desired.dnsZone()), ctx);
  }

  @Override
  public boolean delete(PrivateEndpoint prior) {
    String id = prior.id();
    return Failures.guard(
        "Deleting private endpoint " + id,
        id,
        () -> deletes.delete(id, ApiVersions.NETWORK, ctx(id)));
  }

  /**
   * The resource group's private endpoints that reach one of {@code instances} or carry the stack's
   * tag, each with its zone group, and the connections of the instances they reach: one list, then
   * one per private endpoint and one per instance reached, none without private endpoints.
   */
  PrivateLinks list(String resourceGroupId, List<Instance> instances, String stack) {
    Set<String> read = new LinkedHashSet<>();
    instances.forEach(i -> read.add(i.id().toLowerCase(Locale.ROOT)));
    List<JsonNode> listed =
        Failures.guard(
            "Listing the private endpoints of " + resourceGroupId,
            resourceGroupId,
            () -> arm.privateEndpoints(resourceGroupId, ctx(resourceGroupId)));
    List<PrivateEndpoint> endpoints = new ArrayList<>();
    Set<String> reached = new LinkedHashSet<>();
    for (JsonNode json : listed) {
      PrivateEndpoint bare = PrivateEndpointJson.fromArm(json, null);
      String target = bare.instanceId() == null ? "" : bare.instanceId().toLowerCase(Locale.ROOT);
      if (!read.contains(target) && !InstanceWriter.ownedBy(bare.tags(), stack)) {
        continue;
      }
      List<JsonNode> groups =
          Failures.guard(
              "Listing the DNS zone groups of " + bare.id(),
              bare.id(),
              () -> arm.zoneGroups(bare.id(), ctx(bare.id())));
      endpoints.add(PrivateEndpointJson.fromArm(json, groups.isEmpty() ? null : groups.get(0)));
      if (read.contains(target)) {
        reached.add(bare.instanceId());
      }
    }
    List<PrivateEndpointConnection> connections = new ArrayList<>();
    for (String instanceId : reached) {
      List<JsonNode> found =
          Failures.guard(
              "Listing the private endpoint connections of " + instanceId,
              instanceId,
              () -> arm.privateEndpointConnections(instanceId, ctx(instanceId)));
      found.forEach(c -> connections.add(PrivateEndpointJson.connectionFromArm(instanceId, c)));
    }
    return new PrivateLinks(endpoints, connections);
  }

  private Context ctx(String resourceId) {
    return RetryReporting.context(listener, resourceId);
  }
}
