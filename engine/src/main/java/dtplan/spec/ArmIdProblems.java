package dtplan.spec;

import java.util.Locale;
import java.util.Map;

/**
 * Says what is wrong with an ARM id in the terms of the mistake people make: an id of the wrong
 * kind ("names a Service Bus topic, expected an event hub") or a subscription that is not a GUID,
 * rather than "does not match".
 */
final class ArmIdProblems {
  private static final Map<String, String> KNOWN =
      Map.ofEntries(
          Map.entry("microsoft.eventhub/namespaces", "an Event Hubs namespace"),
          Map.entry("microsoft.eventhub/namespaces/eventhubs", "an event hub"),
          Map.entry("microsoft.servicebus/namespaces", "a Service Bus namespace"),
          Map.entry("microsoft.servicebus/namespaces/topics", "a Service Bus topic"),
          Map.entry("microsoft.servicebus/namespaces/queues", "a Service Bus queue"),
          Map.entry("microsoft.eventgrid/topics", "an Event Grid topic"),
          Map.entry("microsoft.eventgrid/domains", "an Event Grid domain"),
          Map.entry("microsoft.storage/storageaccounts", "a storage account"),
          Map.entry("microsoft.storage/storageaccounts/blobservices", "a blob service"),
          Map.entry(
              "microsoft.storage/storageaccounts/blobservices/containers", "a blob container"),
          Map.entry("microsoft.managedidentity/userassignedidentities", "a user-assigned identity"),
          Map.entry("microsoft.network/virtualnetworks", "a virtual network"),
          Map.entry("microsoft.network/virtualnetworks/subnets", "a virtual network subnet"),
          Map.entry("microsoft.network/privatednszones", "a private DNS zone"),
          Map.entry("microsoft.network/dnszones", "a public DNS zone"),
          Map.entry("microsoft.digitaltwins/digitaltwinsinstances", "a Digital Twins instance"),
          Map.entry("microsoft.kusto/clusters", "an Azure Data Explorer cluster"),
          Map.entry("microsoft.kusto/clusters/databases", "an Azure Data Explorer database"));

  private ArmIdProblems() {}

  /** The subscription segment of the id, or null when there is none. */
  static String subscriptionOf(String id) {
    String[] s = id.split("/", -1);
    return s.length >= 3 && s[0].isEmpty() && s[1].equalsIgnoreCase("subscriptions") ? s[2] : null;
  }

  /** What is wrong with {@code id} as {@code shape}, or null when nothing is. */
  static String problem(String id, ArmIdShape shape) {
    if (shape.matches(id)) {
      return null;
    }
    String subscription = subscriptionOf(id);
    if (subscription == null) {
      return "`" + id + "` is not an ARM id, expected " + shape.noun() + " id";
    }
    if (!Names.SUBSCRIPTION.matcher(subscription).matches()) {
      return "the subscription `" + subscription + "` in the id is not a GUID";
    }
    String found = typeOf(id);
    if (shape.type() == null || found == null || found.equalsIgnoreCase(shape.type())) {
      return "`" + id + "` is not " + shape.noun() + " id";
    }
    String known = KNOWN.get(found.toLowerCase(Locale.ROOT));
    return "names " + (known != null ? known : "a `" + found + "`") + ", expected " + shape.noun();
  }

  /**
   * {@code Microsoft.ServiceBus/namespaces/topics} for a topic id: the provider namespace and the
   * type segments, without the names.
   */
  static String typeOf(String id) {
    String[] s = id.split("/");
    for (int i = 0; i < s.length - 2; i++) {
      if (s[i].equalsIgnoreCase("providers")) {
        StringBuilder type = new StringBuilder(s[i + 1]);
        for (int j = i + 2; j < s.length; j += 2) {
          type.append('/').append(s[j]);
        }
        return type.toString();
      }
    }
    return null;
  }
}
