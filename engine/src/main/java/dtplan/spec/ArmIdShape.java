package dtplan.spec;

import java.util.regex.Pattern;

/** The ARM id shapes a spec may use, each for the field that needs it. */
enum ArmIdShape {
  EVENT_HUB(
      "an event hub id: /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.EventHub/namespaces/<ns>/eventhubs/<hub>",
      "Microsoft\\.EventHub/namespaces/[^/]+/eventhubs/[^/]+"),
  SERVICE_BUS_TOPIC(
      "a Service Bus topic id: /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.ServiceBus/namespaces/<ns>/topics/<topic>",
      "Microsoft\\.ServiceBus/namespaces/[^/]+/topics/[^/]+"),
  EVENT_GRID_TOPIC(
      "an Event Grid topic id: /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.EventGrid/topics/<topic>",
      "Microsoft\\.EventGrid/topics/[^/]+"),
  BLOB_CONTAINER(
      "a blob container id: /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Storage/storageAccounts/<account>/blobServices/default/containers/<container>",
      "Microsoft\\.Storage/storageAccounts/[^/]+/blobServices/default/containers/[^/]+"),
  SCOPE(
      "an ARM scope: /subscriptions/<id>[/resourceGroups/<rg>[/providers/<namespace>/<type>/<name>…]]",
      null);

  private final String expected;
  private final Pattern pattern;

  ArmIdShape(String expected, String tail) {
    this.expected = expected;
    this.pattern =
        tail == null
            ? Shapes.SCOPE_PATTERN
            : Pattern.compile(
                Shapes.PREFIX + "/resourceGroups/[-\\w._()]+/providers/" + tail + "$");
  }

  boolean matches(String id) {
    return id != null && pattern.matcher(id).matches();
  }

  String expected() {
    return expected;
  }

  /** Enum constants cannot read the enum's own static fields while they are being built. */
  private static final class Shapes {
    static final String PREFIX =
        "(?i)^/subscriptions/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final Pattern SCOPE_PATTERN =
        Pattern.compile(
            PREFIX + "(/resourceGroups/[-\\w._()]+(/providers/[A-Za-z0-9.]+(/[^/]+/[^/]+)+)?)?$");
  }
}
