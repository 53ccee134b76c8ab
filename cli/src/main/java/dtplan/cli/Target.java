package dtplan.cli;

import dtplan.azure.AzureConnection;
import dtplan.azure.AzureProvider;
import dtplan.azure.AzureProviderOptions;
import dtplan.azure.CloudEndpoints;
import dtplan.azure.HttpTrace;
import dtplan.planfile.SavedTarget;
import dtplan.provider.Provider;
import dtplan.provider.ProviderListener;
import dtplan.sandbox.SandboxCloud;
import dtplan.spec.Cloud;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;

/**
 * The provider a command works with, and a one-line description of it. The only difference between
 * Azure and a sandbox is the connection; everything after it is the same code.
 */
final class Target implements AutoCloseable {
  static final String SANDBOX_SUBSCRIPTION = dtplan.sandbox.Sandbox.DEFAULT_SUBSCRIPTION;

  private final SavedTarget where;
  private final String description;
  private final Provider provider;
  private final AutoCloseable resources;

  private Target(
      SavedTarget where, String description, Provider provider, AutoCloseable resources) {
    this.where = where;
    this.description = description;
    this.provider = provider;
    this.resources = resources;
  }

  /** What a saved plan records, so that its apply comes back here. */
  SavedTarget where() {
    return where;
  }

  String description() {
    return description;
  }

  Provider provider() {
    return provider;
  }

  /** Where the stack's lock lives: the provider, which every target here implements it with. */
  dtplan.provider.LockProvider locks() {
    return (dtplan.provider.LockProvider) provider;
  }

  static Target open(TargetOptions options, String subscription, Cloud cloud, PrintWriter err) {
    return open(chosen(options, subscription), options.parallelism, subscription, cloud, err);
  }

  /** The target the command line (or AZURE_SUBSCRIPTION_ID) selects. */
  static SavedTarget chosen(TargetOptions options, String subscription) {
    if (options.subscriptionRule().selectsAzure()) {
      return SavedTarget.azure(subscription);
    }
    if (options.sandboxUrl != null) {
      return SavedTarget.sandbox(options.sandboxUrl.toString());
    }
    return SavedTarget.embeddedSandbox();
  }

  /**
   * The target, in {@code cloud}: Azure's endpoints and login authority for it, or the embedded
   * sandbox answering as it. A standalone sandbox answers as the cloud it was started as ({@code
   * sandbox serve --cloud}).
   */
  static Target open(
      SavedTarget where, int parallelism, String subscription, Cloud cloud, PrintWriter err) {
    ProviderListener retries = new RetryPrinter(err);
    Timing timing = Timing.fromSystemProperties();
    AzureProviderOptions providerOptions = timing.provider(parallelism);
    switch (where.kind()) {
      case SavedTarget.AZURE -> {
        CloudEndpoints endpoints = CloudEndpoints.of(cloud);
        AzureConnection azure =
            AzureConnection.azure(
                subscription,
                endpoints,
                endpoints.defaultCredential(),
                HttpTrace.fromEnvironment(),
                timing.http());
        return new Target(
            SavedTarget.azure(subscription),
            "Azure subscription "
                + subscription
                + (cloud == Cloud.DEFAULT ? "" : " in " + cloud.specName()),
            new AzureProvider(azure, providerOptions, retries),
            () -> {});
      }
      case SavedTarget.SANDBOX -> {
        URI url = URI.create(where.url());
        SandboxCaller.Health health = SandboxCaller.health(url);
        requireSameCloud(url, health.cloud(), cloud);
        AzureConnection sandbox =
            AzureConnection.sandbox(
                url,
                subscription,
                health.callerPrincipalId(),
                HttpTrace.fromEnvironment(),
                timing.http());
        return new Target(
            where,
            "sandbox at " + url,
            new AzureProvider(sandbox, providerOptions, retries),
            () -> {});
      }
      default -> {
        EmbeddedSandbox embedded =
            EmbeddedSandbox.start(
                SandboxStarter.DEFAULT_STATE, SandboxCloud.named(cloud.specName()));
        AzureConnection connection =
            AzureConnection.sandbox(
                embedded.url(),
                subscription,
                embedded.callerPrincipalId(),
                HttpTrace.fromEnvironment(),
                timing.http());
        return new Target(
            SavedTarget.embeddedSandbox(),
            "embedded sandbox (state in .dtplan/sandbox/; no Azure subscription configured)",
            new AzureProvider(
                connection, providerOptions.withLroPollInterval(Duration.ofMillis(200)), retries),
            embedded);
      }
    }
  }

  /**
   * A standalone sandbox answers as the cloud it was started as; planning a spec of another cloud
   * against it would show that cloud's host names as if they were the spec's.
   */
  private static void requireSameCloud(URI sandbox, String answersAs, Cloud cloud) {
    if (answersAs != null && !answersAs.equalsIgnoreCase(cloud.specName())) {
      throw new UserError(
          "the sandbox at "
              + sandbox
              + " answers as "
              + answersAs
              + ", but the spec's azure.cloud is "
              + cloud.specName()
              + "; nothing was read or changed\n  hint: start it with `dtplan sandbox serve --cloud "
              + cloud.specName()
              + "`");
    }
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      // Closing a loopback server cannot lose work; nothing to tell the user.
    }
  }
}
