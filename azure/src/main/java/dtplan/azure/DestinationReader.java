package dtplan.azure;

import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.ArmId;
import dtplan.model.Destination;
import java.util.Locale;

/**
 * Reads a destination (or role scope) and the property dtplan derives endpoint fields from. An
 * event hub or topic only names its namespace's host on the namespace, a container its account's
 * blob endpoint on the account, an Azure Data Explorer database its cluster's URI on the cluster,
 * so those take a second GET of the parent.
 */
final class DestinationReader {
  private final GenericResources arm;

  DestinationReader(GenericResources arm) {
    this.arm = arm;
  }

  /**
   * Starts reading the parent {@code id} takes a field from, if it has one, beside it on the pool
   * ({@link ParentReads}).
   */
  void startParent(String id, Context ctx, ParentReads parents, Bounded reads) {
    String api = ApiVersions.forId(id);
    String parentId = api == null ? null : parentIdOf(id);
    if (parentId != null) {
      parents.start(parentId, () -> arm.get(parentId, api, ctx), reads);
    }
  }

  /**
   * @param parents parent reads of this read of live state, shared between calls
   */
  Destination read(String id, Context ctx, ParentReads parents) {
    String lower = ArmId.normalize(id).toLowerCase(Locale.ROOT);
    String api = ApiVersions.forId(id);
    if (api == null) {
      throw new AzureCallException(
          0,
          "UnsupportedDestination",
          "dtplan can read destinations of Event Hubs, Service Bus, Event Grid, Storage, Azure Data"
              + " Explorer, managed identities, resource groups and subscriptions only.",
          false);
    }
    JsonNode self = arm.get(id, api, ctx);
    if (self == null) {
      return Destination.missing(id);
    }
    // The resource that holds the field: the destination itself, or its parent (parentIdOf).
    String parentId = parentIdOf(id);
    JsonNode holder =
        parentId == null ? self : parents.get(parentId, () -> arm.get(parentId, api, ctx));
    if (holder == null) {
      return Destination.missing(id);
    }
    if (lower.contains("/providers/microsoft.eventhub/")
        || lower.contains("/providers/microsoft.servicebus/")) {
      return new Destination(
          id, true, Json.text(holder, "properties", "serviceBusEndpoint"), null, null);
    }
    if (lower.contains("/providers/microsoft.eventgrid/")) {
      return new Destination(id, true, null, Json.text(self, "properties", "endpoint"), null);
    }
    if (lower.contains("/providers/microsoft.storage/")) {
      return new Destination(
          id, true, null, null, Json.text(holder, "properties", "primaryEndpoints", "blob"));
    }
    if (lower.contains("/providers/microsoft.kusto/")) {
      // A database names its cluster's URI only on the cluster, as az dt reads it.
      return new Destination(id, true, null, null, null, Json.text(holder, "properties", "uri"));
    }
    return new Destination(id, true, null, null, null);
  }

  /**
   * The resource a destination's field comes from when it is not the destination itself: an event
   * hub's or topic's namespace, a container's storage account, a database's cluster; null when the
   * destination holds the field itself.
   */
  static String parentIdOf(String id) {
    String lower = ArmId.normalize(id).toLowerCase(Locale.ROOT);
    if (lower.contains("/providers/microsoft.eventhub/")
        || lower.contains("/providers/microsoft.servicebus/")) {
      return isNamespace(lower) ? null : namespaceId(id);
    }
    if (lower.contains("/providers/microsoft.storage/")) {
      return isAccount(lower) ? null : accountId(id);
    }
    if (lower.contains("/providers/microsoft.kusto/")) {
      return isCluster(lower) ? null : clusterId(id);
    }
    return null;
  }

  private static boolean isNamespace(String lowerId) {
    return ArmId.parent(lowerId).endsWith("/providers/microsoft.eventhub")
        || ArmId.parent(lowerId).endsWith("/providers/microsoft.servicebus");
  }

  private static boolean isAccount(String lowerId) {
    return ArmId.parent(lowerId).endsWith("/providers/microsoft.storage");
  }

  private static boolean isCluster(String lowerId) {
    return ArmId.parent(lowerId).endsWith("/providers/microsoft.kusto");
  }

  private static String clusterId(String id) {
    return upTo(id, "clusters");
  }

  private static String namespaceId(String id) {
    return upTo(id, "namespaces");
  }

  private static String accountId(String id) {
    return upTo(id, "storageAccounts");
  }

  /** The id cut after the name that follows {@code key}. */
  private static String upTo(String id, String key) {
    String[] parts = ArmId.normalize(id).split("/");
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < parts.length; i++) {
      b.append('/').append(parts[i]);
      if (parts[i - 1].equalsIgnoreCase(key)) {
        return b.toString();
      }
    }
    return ArmId.normalize(id);
  }
}
