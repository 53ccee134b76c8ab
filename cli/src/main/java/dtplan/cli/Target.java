package dtplan.cli;

import com.azure.identity.DefaultAzureCredentialBuilder;
import dtplan.azure.AzureConnection;
import dtplan.azure.AzureProvider;
import dtplan.azure.AzureProviderOptions;
import dtplan.provider.Provider;
import dtplan.provider.ProviderListener;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * The provider a command works with, and a one-line description of it. The only difference between
 * Azure and a sandbox is the connection; everything after it is the same code.
 */
final class Target implements AutoCloseable {
  static final String SANDBOX_SUBSCRIPTION = dtplan.sandbox.Sandbox.DEFAULT_SUBSCRIPTION;

  private final String description;
  private final Provider provider;
  private final AutoCloseable resources;

  private Target(String description, Provider provider, AutoCloseable resources) {
    this.description = description;
    this.provider = provider;
    this.resources = resources;
  }

  String description() {
    return description;
  }

  Provider provider() {
    return provider;
  }

  /** The subscription a spec falls back to when neither it nor the command line names one. */
  static String fallbackSubscription(TargetOptions options) {
    return options.azureSubscription() == null ? SANDBOX_SUBSCRIPTION : null;
  }

  static Target open(TargetOptions options, String subscription, PrintWriter err) {
    ProviderListener retries = new RetryPrinter(err);
    AzureProviderOptions providerOptions =
        AzureProviderOptions.defaults().withParallelism(options.parallelism);
    if (options.azureSubscription() != null) {
      AzureConnection azure =
          AzureConnection.azure(subscription, new DefaultAzureCredentialBuilder().build());
      return new Target(
          "Azure subscription " + subscription,
          new AzureProvider(azure, providerOptions, retries),
          () -> {});
    }
    if (options.sandboxUrl != null) {
      AzureConnection sandbox =
          AzureConnection.sandbox(
              options.sandboxUrl, subscription, SandboxCaller.of(options.sandboxUrl));
      return new Target(
          "sandbox at " + options.sandboxUrl,
          new AzureProvider(sandbox, providerOptions, retries),
          () -> {});
    }
    EmbeddedSandbox embedded = EmbeddedSandbox.start(SandboxStarter.DEFAULT_STATE);
    AzureConnection connection =
        AzureConnection.sandbox(embedded.url(), subscription, embedded.callerPrincipalId());
    return new Target(
        "embedded sandbox (state in .dtplan/sandbox/; no Azure subscription configured)",
        new AzureProvider(
            connection, providerOptions.withLroPollInterval(Duration.ofMillis(200)), retries),
        embedded);
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
