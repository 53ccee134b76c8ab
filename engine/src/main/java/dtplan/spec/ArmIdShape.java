package dtplan.spec;

/** The ARM id shapes a spec may use, each for the field that needs it. */
enum ArmIdShape {
  EVENT_HUB(
      "an event hub",
      "Microsoft.EventHub/namespaces/eventhubs",
      "/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.EventHub/namespaces/<ns>/eventhubs/<hub>",
      "Microsoft.EventHub/namespaces/*/eventhubs/*"),
  SERVICE_BUS_TOPIC(
      "a Service Bus topic",
      "Microsoft.ServiceBus/namespaces/topics",
      "/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.ServiceBus/namespaces/<ns>/topics/<topic>",
      "Microsoft.ServiceBus/namespaces/*/topics/*"),
  EVENT_GRID_TOPIC(
      "an Event Grid topic",
      "Microsoft.EventGrid/topics",
      "/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.EventGrid/topics/<topic>",
      "Microsoft.EventGrid/topics/*"),
  BLOB_CONTAINER(
      "a blob container",
      "Microsoft.Storage/storageAccounts/blobServices/containers",
      "/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Storage/storageAccounts/<account>/blobServices/default/containers/<container>",
      "Microsoft.Storage/storageAccounts/*/blobServices/default/containers/*"),
  SUBNET(
      "a virtual network subnet",
      "Microsoft.Network/virtualNetworks/subnets",
      "/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>",
      "Microsoft.Network/virtualNetworks/*/subnets/*"),
  PRIVATE_DNS_ZONE(
      "a private DNS zone",
      "Microsoft.Network/privateDnsZones",
      "/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/privateDnsZones/privatelink.digitaltwins.azure.net",
      "Microsoft.Network/privateDnsZones/*"),
  DATA_EXPLORER_DATABASE(
      "an Azure Data Explorer database",
      "Microsoft.Kusto/clusters/databases",
      "/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Kusto/clusters/<cluster>/databases/<database>",
      "Microsoft.Kusto/clusters/*/databases/*"),
  SCOPE(
      "an ARM scope",
      null,
      "/subscriptions/<id>[/resourceGroups/<rg>[/providers/<namespace>/<type>/<name>…]]",
      null);

  private final String noun;
  private final String type;
  private final String template;

  /** The segments after {@code /providers}; {@code *} is any name. Null for a scope. */
  private final String[] tail;

  ArmIdShape(String noun, String type, String template, String tail) {
    this.noun = noun;
    this.type = type;
    this.template = template;
    this.tail = tail == null ? null : tail.split("/");
  }

  /**
   * Whether {@code id} has this shape: {@code /subscriptions/<guid>/resourceGroups/<rg>/providers/}
   * and the tail for a resource; {@code /subscriptions/<guid>}, optionally with a resource group
   * and a resource below it, for a scope. The fixed parts ignore ASCII case, as ARM does.
   */
  boolean matches(String id) {
    return id != null && (tail == null ? ArmIdMatcher.scope(id) : ArmIdMatcher.resource(id, tail));
  }

  /** "an event hub", for messages. */
  String noun() {
    return noun;
  }

  /** The ARM resource type, {@code Microsoft.EventHub/namespaces/eventhubs}; null for scopes. */
  String type() {
    return type;
  }

  /** The id with placeholders, for hints. */
  String template() {
    return template;
  }
}
