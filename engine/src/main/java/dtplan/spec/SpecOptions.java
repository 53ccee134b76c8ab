package dtplan.spec;

import java.util.Map;

/**
 * What a spec's {@code ${…}} expressions may refer to. {@code subscriptionOverride} (from
 * --subscription or AZURE_SUBSCRIPTION_ID) wins over the spec's own; {@code fallbackSubscription}
 * is used when neither gives one (the sandbox's). {@link SubscriptionRule} decides both.
 */
public record SpecOptions(
    Map<String, String> env,
    Map<String, String> vars,
    String subscriptionOverride,
    String fallbackSubscription) {
  public SpecOptions {
    env = Map.copyOf(env);
    vars = Map.copyOf(vars);
  }
}
