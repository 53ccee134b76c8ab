package dtplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Spec files the end-to-end tests write into their temporary folders. */
final class Specs {
  private Specs() {}

  static final String EVENTHUB =
      "/subscriptions/${azure.subscription}/resourceGroups/rg-examples/providers/Microsoft.EventHub/namespaces/ns-examples/eventhubs/";
  static final String SB_TOPIC =
      "/subscriptions/${azure.subscription}/resourceGroups/rg-examples/providers/Microsoft.ServiceBus/namespaces/sb-examples/topics/";
  static final String DEADLETTER =
      "/subscriptions/${azure.subscription}/resourceGroups/rg-examples/providers/Microsoft.Storage/storageAccounts/stexamples/blobServices/default/containers/deadletter";

  /** An Event Hubs connection string for the examples' namespace, as Azure shapes it. */
  static String eventHubConnection(String hub) {
    return "Endpoint=sb://ns-examples.servicebus.windows.net/;SharedAccessKeyName=send;"
        + "SharedAccessKey=a2V5LWZvci10ZXN0cy0x;EntityPath="
        + hub;
  }

  static Path write(Path dir, String name, String yaml) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, yaml);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A fleet of {@code n} instances ({@code <prefix>-1} …): each has a system identity with the Data
   * Sender role on an event hub and on a Service Bus topic, an identity-based endpoint to each, and
   * two routes per endpoint. Per instance: 1 instance, 2 role assignments, 2 endpoints, 4 routes.
   */
  static String fleet(String stack, String prefix, int n) {
    StringBuilder s = new StringBuilder();
    s.append("version: 1\nstack: ").append(stack).append('\n');
    s.append("azure:\n  resourceGroup: rg-examples\n  location: westeurope\ninstances:\n");
    for (int i = 1; i <= n; i++) {
      s.append("  ").append(prefix).append('-').append(i).append(":\n");
      s.append(
          """
              identity: {system: true}
              tags: {index: "%d"}
              roles:
                - role: Azure Event Hubs Data Sender
                  scope: %stelemetry
                - role: Azure Service Bus Data Sender
                  scope: %salerts
              endpoints:
                telemetry:
                  type: eventhub
                  auth: identity
                  eventhub: %stelemetry
                alerts:
                  type: servicebus
                  auth: identity
                  topic: %salerts
              routes:
                telemetry-a:
                  endpoint: telemetry
                  filter: "type = 'microsoft.iot.telemetry'"
                telemetry-b:
                  endpoint: telemetry
                  filter: "type = 'Microsoft.DigitalTwins.Twin.Create'"
                alerts-a:
                  endpoint: alerts
                  filter: "type = 'Microsoft.DigitalTwins.Twin.Update'"
                alerts-b:
                  endpoint: alerts
                  filter: "type = 'Microsoft.DigitalTwins.Twin.Delete'"
          """
              .formatted(i, EVENTHUB, SB_TOPIC, EVENTHUB, SB_TOPIC));
    }
    return s.toString();
  }

  /** Resources {@link #fleet} manages per instance. */
  static final int FLEET_RESOURCES_PER_INSTANCE = 1 + 2 + 2 + 4;
}
