package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.util.Context;
import dtplan.spec.Cloud;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

/**
 * What each cloud's connection calls and asks tokens for, without a network: tokens come from a
 * recording credential, and the one ARM request goes to a closed loopback port.
 */
class CloudEndpointsTest {
  static Stream<Arguments> clouds() {
    return Stream.of(
        Arguments.of(
            Cloud.AZURE_CLOUD,
            "https://management.azure.com/",
            "https://management.core.windows.net//.default",
            "https://login.microsoftonline.com/",
            "https://st1.blob.core.windows.net"),
        Arguments.of(
            Cloud.AZURE_US_GOVERNMENT,
            "https://management.usgovcloudapi.net/",
            "https://management.core.usgovcloudapi.net//.default",
            "https://login.microsoftonline.us/",
            "https://st1.blob.core.usgovcloudapi.net"),
        Arguments.of(
            Cloud.AZURE_CHINA_CLOUD,
            "https://management.chinacloudapi.cn/",
            "https://management.core.chinacloudapi.cn//.default",
            "https://login.chinacloudapi.cn/",
            "https://st1.blob.core.chinacloudapi.cn"));
  }

  @ParameterizedTest
  @MethodSource("clouds")
  void eachCloudHasItsResourceManagerAuthorityAndSuffixes(
      Cloud cloud, String arm, String armScope, String authority, String blob) {
    CloudEndpoints endpoints = CloudEndpoints.of(cloud);
    assertThat(endpoints.resourceManager()).isEqualTo(arm);
    assertThat(endpoints.resourceManagerScope()).isEqualTo(armScope);
    assertThat(endpoints.authorityHost()).isEqualTo(authority);
    assertThat(endpoints.blobEndpoint("st1")).isEqualTo(blob);
  }

  @ParameterizedTest
  @MethodSource("clouds")
  void theConnectionCallsTheCloudsResourceManagerWithTokensForItsAudience(
      Cloud cloud, String arm, String armScope, String authority, String blob) {
    List<String> scopes = new CopyOnWriteArrayList<>();
    TokenCredential recording =
        request -> {
          scopes.addAll(request.getScopes());
          return Mono.just(new AccessToken("not-a-jwt", OffsetDateTime.now().plusHours(1)));
        };
    AzureConnection c =
        AzureConnection.azure(
            "00000000-0000-0000-0000-000000000000",
            CloudEndpoints.of(cloud),
            recording,
            new HttpTrace(LogLevel.OFF, line -> {}),
            new HttpRetryDelays(Duration.ofMillis(1), Duration.ofMillis(1)));
    assertThat(c.armEndpoint()).isEqualTo(arm);

    try {
      c.armPipeline()
          .sendSync(new HttpRequest(HttpMethod.GET, "https://127.0.0.1:1/"), Context.NONE);
    } catch (RuntimeException expected) {
      // Nothing listens there: only the token the pipeline asked for before sending matters.
    }
    assertThat(scopes).contains(armScope);

    scopes.clear();
    c.callerObjectId();
    assertThat(scopes).containsExactly(CloudEndpoints.DATA_PLANE_SCOPE);
  }
}
