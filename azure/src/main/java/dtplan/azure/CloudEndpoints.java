package dtplan.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.management.AzureEnvironment;
import com.azure.identity.AzureAuthorityHosts;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.resourcemanager.resources.fluentcore.utils.ResourceManagerUtils;
import dtplan.spec.Cloud;

/**
 * Where Azure is in one cloud. Resource Manager, its token audience and the storage suffix come
 * from azure-core's {@link AzureEnvironment}, the login authority from azure-identity's {@link
 * AzureAuthorityHosts}: the SDK's own tables, so dtplan keeps none of its own for them.
 */
public record CloudEndpoints(Cloud cloud, AzureEnvironment environment, String authorityHost) {
  /**
   * The Azure Digital Twins data-plane audience is one resource in every cloud: {@code az dt} asks
   * for {@code https://digitaltwins.azure.net} whatever {@code az cloud set} says
   * (Azure/azure-iot-cli-extension {@code azext_iot/constants.py}, {@code
   * DIGITALTWINS_RESOURCE_ID}).
   */
  static final String DATA_PLANE_SCOPE = "https://digitaltwins.azure.net/.default";

  /**
   * Blob data access is asked for as {@code https://storage.azure.com/} in every cloud
   * (Azure/go-autorest {@code autorest/azure/environments.go}, {@code ResourceIdentifiers.Storage}
   * of the public, US Government and China clouds).
   */
  static final String STORAGE_SCOPE = "https://storage.azure.com/.default";

  public static CloudEndpoints of(Cloud cloud) {
    return switch (cloud) {
      case AZURE_CLOUD ->
          new CloudEndpoints(cloud, AzureEnvironment.AZURE, AzureAuthorityHosts.AZURE_PUBLIC_CLOUD);
      case AZURE_US_GOVERNMENT ->
          new CloudEndpoints(
              cloud, AzureEnvironment.AZURE_US_GOVERNMENT, AzureAuthorityHosts.AZURE_GOVERNMENT);
      case AZURE_CHINA_CLOUD ->
          new CloudEndpoints(cloud, AzureEnvironment.AZURE_CHINA, AzureAuthorityHosts.AZURE_CHINA);
    };
  }

  /** The Resource Manager base URL, with a trailing slash. */
  public String resourceManager() {
    return environment.getResourceManagerEndpoint();
  }

  /** The scope ARM tokens are asked for: the one the SDK's ARM authentication policy derives. */
  public String resourceManagerScope() {
    return ResourceManagerUtils.getDefaultScopeFromRequest(
        new HttpRequest(HttpMethod.GET, resourceManager()), environment);
  }

  /** A storage account's Blob service URL in this cloud. */
  public String blobEndpoint(String account) {
    return "https://"
        + account
        + ".blob."
        + environment.getStorageEndpointSuffix().replaceFirst("^\\.", "");
  }

  /**
   * DefaultAzureCredential signing in at this cloud's authority: a token from another cloud's
   * directory is refused by this cloud's Resource Manager.
   */
  public TokenCredential defaultCredential() {
    return new DefaultAzureCredentialBuilder().authorityHost(authorityHost).build();
  }
}
