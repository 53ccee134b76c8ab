package dtplan.sandbox;

import com.azure.core.credential.AccessToken;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.HttpLogOptions;
import com.azure.core.http.policy.HttpLoggingPolicy;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RequestIdPolicy;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.digitaltwins.core.DigitalTwinsClient;
import com.azure.digitaltwins.core.DigitalTwinsClientBuilder;
import com.azure.resourcemanager.authorization.AuthorizationManager;
import com.azure.resourcemanager.msi.MsiManager;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluentcore.utils.HttpPipelineProvider;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/** The real Azure SDK for Java pointed at a sandbox, wired as SDK-NOTES sections 3 and 5. */
final class SdkClients {
  private static final HttpPipelinePolicy BEARER =
      (ctx, next) -> {
        ctx.getHttpRequest().setHeader(HttpHeaderName.AUTHORIZATION, "Bearer sandbox-token");
        return next.process();
      };

  final AzureProfile profile;
  final ResourceManager rm;
  final AuthorizationManager am;
  final MsiManager msi;

  SdkClients(Sandbox sb) {
    String ep = sb.url().toString();
    Map<String, String> m = new HashMap<>();
    for (String k :
        List.of(
            "resourceManagerEndpointUrl",
            "managementEndpointUrl",
            "activeDirectoryEndpointUrl",
            "activeDirectoryResourceId",
            "microsoftGraphResourceId")) {
      m.put(k, ep);
    }
    profile =
        new AzureProfile(
            Sandbox.DEFAULT_TENANT, Sandbox.DEFAULT_SUBSCRIPTION, new AzureEnvironment(m));
    rm = ResourceManager.authenticate(pipeline(), profile).withDefaultSubscription();
    am = AuthorizationManager.authenticate(pipeline(), profile);
    msi = MsiManager.authenticate(pipeline(), profile);
  }

  private HttpPipeline pipeline() {
    return HttpPipelineProvider.buildHttpPipeline(
        null, profile, null, new HttpLogOptions(), null, null, List.of(BEARER), null);
  }

  static DigitalTwinsClient dataPlane(String hostName) {
    return new DigitalTwinsClientBuilder()
        .endpoint(hostName)
        .credential(r -> Mono.just(new AccessToken("x", OffsetDateTime.now().plusHours(1))))
        .pipeline(
            new HttpPipelineBuilder()
                .httpClient(new JdkHttpClientBuilder().build())
                .policies(
                    new UserAgentPolicy(),
                    new RequestIdPolicy(),
                    new RetryPolicy(),
                    BEARER,
                    new HttpLoggingPolicy(new HttpLogOptions()))
                .build())
        .buildClient();
  }
}
