package dtplan.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.HttpLogDetailLevel;
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
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import dtplan.spec.Cloud;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * How to reach Azure Resource Manager and the Azure Digital Twins data plane. The two factories
 * differ only in endpoints and in how requests are authenticated; everything after construction
 * (pipelines, retries, managers, clients) is the same code, so the sandbox exercises exactly what
 * runs against Azure.
 */
public final class AzureConnection {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final String subscription;
  private final String armEndpoint;
  private final HttpPipeline armPipeline;
  private final ResourceManager resourceManager;
  private final AuthorizationManager authorizationManager;
  private final MsiManager msiManager;
  private final AzureProfile profile;
  private final Map<String, MsiManager> msiBySubscription = new ConcurrentHashMap<>();
  private final TokenCredential dataPlaneCredential;
  private final Supplier<HttpPipelinePolicy> dataPlaneAuth;
  private final HttpClient httpClient;
  private final Map<String, DigitalTwinsClient> dataPlaneClients = new ConcurrentHashMap<>();
  private final Supplier<String> callerToken;
  private final Supplier<HttpPipelinePolicy> storageAuth;
  private final java.util.function.UnaryOperator<String> blobEndpoint;
  private final HttpTrace trace;
  private final HttpRetryDelays retryDelays;
  private volatile String callerObjectId;

  private AzureConnection(
      String subscription,
      AzureProfile profile,
      TokenCredential armCredential,
      List<HttpPipelinePolicy> armAuth,
      TokenCredential dataPlaneCredential,
      Supplier<HttpPipelinePolicy> dataPlaneAuth,
      Supplier<String> callerToken,
      Supplier<HttpPipelinePolicy> storageAuth,
      java.util.function.UnaryOperator<String> blobEndpoint,
      HttpTrace trace,
      HttpRetryDelays retryDelays,
      JdkHttpClientBuilder httpClientBuilder) {
    this.callerToken = callerToken;
    this.storageAuth = storageAuth;
    this.blobEndpoint = blobEndpoint;
    this.trace = Objects.requireNonNull(trace, "trace");
    this.retryDelays = Objects.requireNonNull(retryDelays, "retryDelays");
    TransientRetryStrategy retries = new TransientRetryStrategy(retryDelays);
    this.subscription = Objects.requireNonNull(subscription, "subscription");
    this.armEndpoint = profile.getEnvironment().getResourceManagerEndpoint();
    this.httpClient = httpClientBuilder.connectionTimeout(CONNECT_TIMEOUT).build();
    List<HttpPipelinePolicy> extra = new ArrayList<>(armAuth);
    extra.add(new RetryReporting(retries));
    extra.add(new IdentityTypeSpelling());
    if (trace.enabled()) {
      extra.add(trace); // last: it logs each attempt as sent, authenticated and respelt
    }
    this.armPipeline =
        HttpPipelineProvider.buildHttpPipeline(
            armCredential,
            profile,
            null,
            noHttpLogging(),
            null,
            new RetryPolicy(retries),
            extra,
            httpClient);
    this.resourceManager =
        ResourceManager.authenticate(armPipeline, profile).withSubscription(subscription);
    this.authorizationManager = AuthorizationManager.authenticate(armPipeline, profile);
    this.msiManager = MsiManager.authenticate(armPipeline, profile);
    this.profile = profile;
    this.dataPlaneCredential = dataPlaneCredential;
    this.dataPlaneAuth = dataPlaneAuth;
  }

  /** Real Azure, with a credential such as {@code new DefaultAzureCredentialBuilder().build()}. */
  public static AzureConnection azure(String subscription, TokenCredential credential) {
    return azure(subscription, credential, HttpTrace.fromEnvironment());
  }

  /** Real Azure, logging HTTP calls to {@code trace}. */
  public static AzureConnection azure(
      String subscription, TokenCredential credential, HttpTrace trace) {
    return azure(subscription, credential, trace, HttpRetryDelays.defaults());
  }

  /**
   * Real Azure, logging HTTP calls to {@code trace}, retrying failed calls after {@code delays}.
   */
  public static AzureConnection azure(
      String subscription, TokenCredential credential, HttpTrace trace, HttpRetryDelays delays) {
    return azure(subscription, CloudEndpoints.of(Cloud.DEFAULT), credential, trace, delays);
  }

  /**
   * Azure in {@code cloud}: its Resource Manager, with tokens for its audience, and its storage
   * suffix. The credential must sign in at the cloud's authority ({@link
   * CloudEndpoints#defaultCredential()}).
   */
  public static AzureConnection azure(
      String subscription,
      CloudEndpoints cloud,
      TokenCredential credential,
      HttpTrace trace,
      HttpRetryDelays delays) {
    Objects.requireNonNull(credential, "credential");
    AzureProfile profile = new AzureProfile(null, subscription, cloud.environment());
    String dataPlaneScope = CloudEndpoints.DATA_PLANE_SCOPE;
    return new AzureConnection(
        subscription,
        profile,
        credential,
        List.of(),
        credential,
        () -> new BearerTokenAuthenticationPolicy(credential, dataPlaneScope),
        () ->
            credential
                .getTokenSync(
                    new com.azure.core.credential.TokenRequestContext().addScopes(dataPlaneScope))
                .getToken(),
        () -> new BearerTokenAuthenticationPolicy(credential, CloudEndpoints.STORAGE_SCOPE),
        cloud::blobEndpoint,
        trace,
        delays,
        new JdkHttpClientBuilder());
  }

  /**
   * The sandbox at {@code url} (for example {@code http://127.0.0.1:8080/}). Azure's bearer
   * policies refuse plain http, so a static bearer header stands in for them (SDK-NOTES section 3).
   */
  public static AzureConnection sandbox(URI url, String subscription) {
    return sandbox(url, subscription, null);
  }

  /**
   * The sandbox, calling as the principal {@code callerObjectId} (what its {@code /_sandbox/health}
   * reports): the static token is an unsigned JWT whose {@code oid} claim names it, so dtplan
   * learns who calls from the token exactly as it does on Azure.
   */
  public static AzureConnection sandbox(URI url, String subscription, String callerObjectId) {
    return sandbox(url, subscription, callerObjectId, HttpTrace.fromEnvironment());
  }

  /** The sandbox, logging HTTP calls to {@code trace}. */
  public static AzureConnection sandbox(
      URI url, String subscription, String callerObjectId, HttpTrace trace) {
    return sandbox(url, subscription, callerObjectId, trace, HttpRetryDelays.defaults());
  }

  /**
   * The sandbox, logging HTTP calls to {@code trace}, retrying failed calls after {@code delays}.
   */
  public static AzureConnection sandbox(
      URI url,
      String subscription,
      String callerObjectId,
      HttpTrace trace,
      HttpRetryDelays delays) {
    String endpoint = url.toString().endsWith("/") ? url.toString() : url + "/";
    Map<String, String> env = new HashMap<>();
    for (String key :
        List.of(
            "resourceManagerEndpointUrl",
            "managementEndpointUrl",
            "activeDirectoryEndpointUrl",
            "activeDirectoryResourceId",
            "microsoftGraphResourceId")) {
      env.put(key, endpoint);
    }
    AzureProfile profile =
        new AzureProfile("sandbox-tenant", subscription, new AzureEnvironment(env));
    String token = CallerToken.unsigned(callerObjectId);
    TokenCredential fake =
        request -> Mono.just(new AccessToken(token, OffsetDateTime.now().plusHours(1)));
    return new AzureConnection(
        subscription,
        profile,
        null,
        List.of(staticBearer(token)),
        fake,
        () -> staticBearer(token),
        () -> token,
        () -> staticBearer(token),
        // Azurite's address form (an IP host, then the account), which the storage SDK parses as
        // such; the sandbox serves its storage accounts' blobs there.
        account -> endpoint + account,
        trace,
        delays,
        PlainHttp.sdkClientFor(url));
  }

  /**
   * HTTP logging pinned off. {@code new HttpLogOptions()} takes its level from {@code
   * AZURE_HTTP_LOG_DETAIL_LEVEL}, and with {@code BODY_AND_HEADERS} the SDK prints request bodies:
   * endpoint PUTs carry connection strings and dead-letter SAS URLs. With slf4j-nop the SDK's
   * fallback logger prints to stdout as soon as {@code AZURE_LOG_LEVEL} is set, so the environment
   * alone would publish secrets. An explicit level is never read from the environment.
   */
  static HttpLogOptions noHttpLogging() {
    return new HttpLogOptions().setLogLevel(HttpLogDetailLevel.NONE);
  }

  private static HttpPipelinePolicy staticBearer(String token) {
    return (ctx, next) -> {
      ctx.getHttpRequest().setHeader(HttpHeaderName.AUTHORIZATION, "Bearer " + token);
      return next.process();
    };
  }

  /**
   * The object id of whoever calls: the {@code oid} claim of the credential's token (Microsoft
   * identity platform access tokens carry it for users and service principals alike). Null when the
   * token is not a JWT or has no such claim; fetched once.
   */
  public String callerObjectId() {
    String known = callerObjectId;
    if (known == null) {
      try {
        known = CallerToken.objectId(callerToken.get());
      } catch (RuntimeException e) {
        // No token (no credentials, say): the caller is unknown here, and the first ARM call
        // reports the credential problem the way every call does (ConnectionFailures).
        known = null;
      }
      callerObjectId = known == null ? "" : known;
    }
    return known == null || known.isEmpty() ? null : known;
  }

  public String subscription() {
    return subscription;
  }

  /** The ARM base URL, with a trailing slash, as it appears in messages. */
  public String armEndpoint() {
    return armEndpoint;
  }

  /**
   * The pipeline every ARM call goes through: auth, retries, retry reporting; HTTP logging is off
   * (see {@link #noHttpLogging()}).
   */
  public HttpPipeline armPipeline() {
    return armPipeline;
  }

  public ResourceManager resourceManager() {
    return resourceManager;
  }

  public AuthorizationManager authorizationManager() {
    return authorizationManager;
  }

  public MsiManager msiManager() {
    return msiManager;
  }

  /**
   * The MSI manager for a subscription: its typed client puts the subscription in every path, so an
   * identity in another subscription than the connection's needs its own (cached).
   */
  MsiManager msiManager(String subscriptionId) {
    if (subscriptionId == null || subscriptionId.equalsIgnoreCase(subscription)) {
      return msiManager;
    }
    return msiBySubscription.computeIfAbsent(
        subscriptionId.toLowerCase(Locale.ROOT),
        s ->
            MsiManager.authenticate(
                armPipeline,
                new AzureProfile(profile.getTenantId(), subscriptionId, profile.getEnvironment())));
  }

  /** The data-plane base URL of an instance; Azure returns hostName with or without a scheme. */
  public static String dataPlaneUrl(String hostName) {
    String h = hostName.trim();
    String lower = h.toLowerCase(Locale.ROOT);
    String url = lower.startsWith("http://") || lower.startsWith("https://") ? h : "https://" + h;
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * The Blob service client of a storage account, through this connection's HTTP client, retries
   * and credential (scope {@code https://storage.azure.com}).
   */
  public BlobServiceClient blobService(String account) {
    HttpPipeline pipeline =
        new HttpPipelineBuilder()
            .httpClient(httpClient)
            .policies(dataPlanePolicies(storageAuth.get()).toArray(HttpPipelinePolicy[]::new))
            .build();
    return new BlobServiceClientBuilder()
        .endpoint(blobEndpoint.apply(account))
        .pipeline(pipeline)
        .buildClient();
  }

  /** One client per instance host, reused across calls. */
  public DigitalTwinsClient digitalTwins(String hostName) {
    return dataPlaneClients.computeIfAbsent(dataPlaneUrl(hostName), this::buildDataPlaneClient);
  }

  /** The policies of a data-plane pipeline (ADT, Blob service) with its authentication. */
  private List<HttpPipelinePolicy> dataPlanePolicies(HttpPipelinePolicy auth) {
    TransientRetryStrategy retries = new TransientRetryStrategy(retryDelays);
    List<HttpPipelinePolicy> policies =
        new ArrayList<>(
            List.of(
                new UserAgentPolicy(),
                new RequestIdPolicy(),
                new RetryPolicy(retries),
                new RetryReporting(retries),
                auth,
                new HttpLoggingPolicy(noHttpLogging())));
    if (trace.enabled()) {
      policies.add(trace);
    }
    return policies;
  }

  private DigitalTwinsClient buildDataPlaneClient(String url) {
    List<HttpPipelinePolicy> policies = dataPlanePolicies(dataPlaneAuth.get());
    HttpPipeline pipeline =
        new HttpPipelineBuilder()
            .httpClient(httpClient)
            .policies(policies.toArray(HttpPipelinePolicy[]::new))
            .build();
    // The builder insists on a credential even when the pipeline already authenticates.
    return new DigitalTwinsClientBuilder()
        .endpoint(url)
        .credential(dataPlaneCredential)
        .pipeline(pipeline)
        .buildClient();
  }
}
