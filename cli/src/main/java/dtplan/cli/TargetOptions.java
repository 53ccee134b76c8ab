package dtplan.cli;

import dtplan.planfile.SavedTarget;
import dtplan.spec.SubscriptionRule;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where live state is: Azure, a sandbox at a URL, or the embedded sandbox. */
final class TargetOptions {
  @Option(
      names = "--subscription",
      paramLabel = "ID",
      description =
          "Azure subscription; wins over the spec's and AZURE_SUBSCRIPTION_ID. Selects Azure.")
  String subscription;

  @Option(
      names = "--sandbox",
      paramLabel = "URL",
      description = "Use the sandbox at URL (see `dtplan sandbox serve`).")
  URI sandboxUrl;

  int parallelism = 10;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "10",
      description = "At most N Azure calls at once (default ${DEFAULT-VALUE}).")
  void parallelism(int n) {
    if (n < 1) {
      throw new ParameterException(
          command.commandLine(), "--parallelism must be at least 1 (it was " + n + ")");
    }
    parallelism = n;
  }

  /**
   * Where a saved plan's apply goes: the target the plan records. A flag may name it again; a flag
   * naming another target is an error, and so is a recorded sandbox off this machine that no {@code
   * --sandbox} names (an edited file must not send the spec's secrets elsewhere).
   * AZURE_SUBSCRIPTION_ID does not change it.
   */
  SavedTarget forSavedPlan(SavedTarget recorded, String recordedDescription) {
    String flag =
        subscription != null
            ? "--subscription " + subscription
            : sandboxUrl != null ? "--sandbox " + sandboxUrl : null;
    boolean same =
        subscription != null
            ? recorded.kind().equals(SavedTarget.AZURE)
                && subscription.equalsIgnoreCase(recorded.subscription())
            : sandboxUrl == null
                || recorded.kind().equals(SavedTarget.SANDBOX)
                    && sameUrl(sandboxUrl.toString(), recorded.url());
    if (!same) {
      throw new UserError(
          "the plan was made against "
              + recordedDescription
              + ", but "
              + flag
              + " names another target; nothing was changed\n  hint: leave "
              + flag.substring(0, flag.indexOf(' '))
              + " out to apply the plan where it was made, or plan again against the other"
              + " target");
    }
    if (recorded.kind().equals(SavedTarget.SANDBOX)
        && sandboxUrl == null
        && !isLoopback(recorded.url())) {
      throw new UserError(
          "the plan records a sandbox at "
              + recorded.url()
              + ", which is not on this machine; nothing was changed\n  hint: a saved plan goes"
              + " to a sandbox elsewhere only when --sandbox names it again:"
              + " dtplan apply FILE --sandbox "
              + recorded.url());
    }
    return recorded;
  }

  private static boolean sameUrl(String a, String b) {
    return strip(a).equalsIgnoreCase(strip(b));
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Loopback by its literal name only: resolving a name would let DNS decide. */
  static boolean isLoopback(String url) {
    String host;
    try {
      host = URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (host == null) {
      return false;
    }
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(literal).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Where the subscription comes from, and whether it is Azure: one rule for every command. */
  SubscriptionRule subscriptionRule() {
    return new SubscriptionRule(
        subscription,
        System.getenv("AZURE_SUBSCRIPTION_ID"),
        sandboxUrl != null,
        Target.SANDBOX_SUBSCRIPTION);
  }

  /** The subscription from the command line or the environment; null selects a sandbox. */
  String azureSubscription() {
    return subscriptionRule().override();
  }
}
