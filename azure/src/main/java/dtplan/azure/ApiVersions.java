package dtplan.azure;

import java.util.Locale;

/** The api-version sent for each resource provider. */
final class ApiVersions {
  static final String DIGITAL_TWINS = "2023-01-31";
  static final String AUTHORIZATION = "2022-04-01";
  static final String MANAGED_IDENTITY = "2023-01-31";
  static final String EVENT_HUB = "2024-01-01";
  static final String SERVICE_BUS = "2021-11-01";
  static final String EVENT_GRID = "2022-06-15";
  static final String STORAGE = "2023-01-01";
  static final String RESOURCES = "2021-04-01";
  static final String KUSTO = "2023-08-15";

  /** Microsoft.Network's privateEndpoint.json, the version whose examples the sandbox follows. */
  static final String NETWORK = "2023-09-01";

  private ApiVersions() {}

  /** The api-version for a resource id, by its provider namespace; null when unknown. */
  static String forId(String id) {
    String lower = id.toLowerCase(Locale.ROOT);
    if (lower.contains("/providers/microsoft.eventhub/")) {
      return EVENT_HUB;
    }
    if (lower.contains("/providers/microsoft.servicebus/")) {
      return SERVICE_BUS;
    }
    if (lower.contains("/providers/microsoft.eventgrid/")) {
      return EVENT_GRID;
    }
    if (lower.contains("/providers/microsoft.storage/")) {
      return STORAGE;
    }
    if (lower.contains("/providers/microsoft.managedidentity/")) {
      return MANAGED_IDENTITY;
    }
    if (lower.contains("/providers/microsoft.network/")) {
      return NETWORK;
    }
    if (lower.contains("/providers/microsoft.kusto/")) {
      return KUSTO;
    }
    if (lower.contains("/providers/microsoft.digitaltwins/")) {
      return DIGITAL_TWINS;
    }
    if (!lower.contains("/providers/")) {
      return RESOURCES;
    }
    return null;
  }
}
