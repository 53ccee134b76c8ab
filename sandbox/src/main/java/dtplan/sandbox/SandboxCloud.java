package dtplan.sandbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Azure cloud the sandbox answers as: the host suffixes Azure puts in the properties it
 * computes for destinations (a namespace's {@code serviceBusEndpoint}, a storage account's {@code
 * primaryEndpoints}, a topic's {@code endpoint}). Names are the Azure CLI's ({@code az cloud
 * list}). Sources, per suffix:
 *
 * <ul>
 *   <li>Service Bus / Event Hubs and storage: Azure/go-autorest {@code
 *       autorest/azure/environments.go}, {@code ServiceBusEndpointSuffix} and {@code
 *       StorageEndpointSuffix} of {@code PublicCloud}, {@code USGovernmentCloud}, {@code
 *       ChinaCloud}.
 *   <li>Event Grid: public {@code eventgrid.azure.net} as {@code shared/reference/DOMAIN.md} gives
 *       a topic's endpoint (its format marked unverified there); Government {@code
 *       eventgrid.azure.us} assumed from the private DNS zone Microsoft names for it there ({@code
 *       privatelink.eventgrid.azure.us}); China {@code eventgrid.azure.cn} assumed (the {@code
 *       .azure.cn} form Key Vault and Cosmos DB take there in environments.go).
 *   <li>Azure Data Explorer clusters: public {@code kusto.windows.net} (the cluster URI in
 *       test_create_tsdbconnection_with_identity.json's {@code adxEndpointUri}); Government {@code
 *       kusto.usgovcloudapi.net} and China {@code kusto.chinacloudapi.cn}: the Kusto client's
 *       trusted national-cloud endpoints (Azure/azure-kusto-java, {@code
 *       KustoTrustedEndpointsTest.wellKnownKustoEndpoints_NationalClustersTest}, each with that
 *       cloud's login host).
 * </ul>
 */
public enum SandboxCloud {
  AZURE_CLOUD(
      "AzureCloud",
      "servicebus.windows.net",
      "core.windows.net",
      "eventgrid.azure.net",
      "kusto.windows.net"),
  AZURE_US_GOVERNMENT(
      "AzureUSGovernment",
      "servicebus.usgovcloudapi.net",
      "core.usgovcloudapi.net",
      "eventgrid.azure.us",
      "kusto.usgovcloudapi.net"),
  AZURE_CHINA_CLOUD(
      "AzureChinaCloud",
      "servicebus.chinacloudapi.cn",
      "core.chinacloudapi.cn",
      "eventgrid.azure.cn",
      "kusto.chinacloudapi.cn");

  private final String cloudName;
  private final String serviceBusSuffix;
  private final String storageSuffix;
  private final String eventGridSuffix;
  private final String kustoSuffix;

  SandboxCloud(
      String cloudName,
      String serviceBusSuffix,
      String storageSuffix,
      String eventGridSuffix,
      String kustoSuffix) {
    this.cloudName = cloudName;
    this.serviceBusSuffix = serviceBusSuffix;
    this.storageSuffix = storageSuffix;
    this.eventGridSuffix = eventGridSuffix;
    this.kustoSuffix = kustoSuffix;
  }

  /** The cloud by its Azure CLI name, in any case. */
  public static SandboxCloud named(String name) {
    return Arrays.stream(values())
        .filter(c -> c.cloudName.equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown cloud `"
                        + name
                        + "`: expected one of "
                        + Arrays.stream(values())
                            .map(SandboxCloud::cloudName)
                            .collect(Collectors.joining(", "))));
  }

  public String cloudName() {
    return cloudName;
  }

  /** An Event Hubs or Service Bus namespace's {@code serviceBusEndpoint}. */
  String serviceBusEndpoint(String namespace) {
    return "https://" + lower(namespace) + "." + serviceBusSuffix + ":443/";
  }

  /** A storage account's endpoint for one service ({@code blob}, {@code queue}, …). */
  String storageEndpoint(String account, String service) {
    return "https://" + lower(account) + "." + service + "." + storageSuffix + "/";
  }

  /** An Event Grid topic's {@code endpoint}. */
  String eventGridEndpoint(String topic, String location) {
    return "https://" + lower(topic) + "." + location + "-1." + eventGridSuffix + "/api/events";
  }

  /** An Azure Data Explorer cluster's {@code uri}. */
  String kustoClusterUri(String cluster, String location) {
    return "https://" + lower(cluster) + "." + location + "." + kustoSuffix;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return cloudName;
  }
}
