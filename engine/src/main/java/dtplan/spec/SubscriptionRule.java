package dtplan.spec;

import java.util.Map;

/**
 * The one rule for which subscription a spec is planned in, and so whether Azure or a sandbox is
 * the target. {@code --subscription} wins; then AZURE_SUBSCRIPTION_ID, unless {@code --sandbox}
 * names a sandbox (an environment set up for Azure must not pull a sandbox run there); then the
 * spec's own {@code azure.subscription}; then the sandbox's default subscription. Only the first
 * two select Azure: a spec that names its subscription still plans against a sandbox when nothing
 * else says Azure, so that examples run without credentials.
 *
 * <p>A blank AZURE_SUBSCRIPTION_ID is unset (CI templates export empty variables).
 *
 * @param flag {@code --subscription}, or null
 * @param environment AZURE_SUBSCRIPTION_ID as the process sees it, or null
 * @param sandboxNamed whether {@code --sandbox URL} was given
 * @param sandboxDefault the subscription a sandbox serves when the spec names none; passed in
 *     because the engine cannot see the sandbox module that defines it
 */
public record SubscriptionRule(
    String flag, String environment, boolean sandboxNamed, String sandboxDefault) {

  /** For commands that take no target options (validate, graph): only the environment counts. */
  public static SubscriptionRule fromEnvironment(String environment, String sandboxDefault) {
    return new SubscriptionRule(null, environment, false, sandboxDefault);
  }

  /** The subscription that wins over the spec's own, or null when neither flag nor environment. */
  public String override() {
    if (flag != null) {
      return flag;
    }
    return environment == null || environment.isBlank() || sandboxNamed ? null : environment;
  }

  /** Whether the target is Azure (otherwise it is a sandbox: at a URL, or the embedded one). */
  public boolean selectsAzure() {
    return override() != null;
  }

  /** What stands in when the spec names no subscription; null on Azure, where one is required. */
  public String fallback() {
    return selectsAzure() ? null : sandboxDefault;
  }

  /** What {@link SpecLoader} takes: the environment and variables, with this rule's outcome. */
  public SpecOptions options(Map<String, String> env, Map<String, String> vars) {
    return new SpecOptions(env, vars, override(), fallback());
  }

  /**
   * The subscription in effect for a spec whose own {@code azure.subscription} is {@code own} (null
   * when it has none or its value is unknown); null when there is none at all (an error).
   */
  public String resolve(String own) {
    return resolve(override(), own, fallback());
  }

  /** The order itself, for {@link SpecOptions} built from an override and a fallback. */
  static String resolve(String override, String own, String fallback) {
    return override != null ? override : own != null ? own : fallback;
  }
}
