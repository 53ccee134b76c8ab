package dtplan.spec;

import java.util.Set;

/**
 * Azure Resource Manager's limits on tags (Azure docs, "Use tags to organize your Azure resources",
 * Limitations): at most 50 name/value pairs per resource, names up to 512 characters, values up to
 * 256, and names without {@code < > % & \ ? /}. dtplan's own tags count towards the 50. The value
 * length is checked by the JSON schema ({@code $defs/tags}).
 */
final class TagLimits {
  static final int MAX_TAGS = 50;
  static final int MAX_NAME = 512;

  /** Subscription ids (36 characters) that fit, comma-separated, in a 256-character tag value. */
  static final int MAX_ROLE_SUBSCRIPTIONS = 6;

  static final String FORBIDDEN = "<>%&\\?/";
  static final String HINT =
      "Azure allows tag names of at most 512 characters, without < > % & \\ ? /";

  private TagLimits() {}

  /**
   * dtplan-stack, dtplan-applied, a secret fingerprint per endpoint that has secrets, and
   * dtplan-role-subscriptions when the instance holds roles in other subscriptions (the tags
   * DesiredStateBuilder writes). The caller has those subscriptions already: it checks their
   * number.
   */
  static int dtplanTagsOn(InstanceSpec instance, Set<String> otherRoleSubscriptions) {
    int secrets = 0;
    for (EndpointSpec e : instance.endpoints().values()) {
      if (!e.secrets().isEmpty()) {
        secrets++;
      }
    }
    int elsewhere = otherRoleSubscriptions.isEmpty() ? 0 : 1;
    int dataHistory = instance.dataHistory().isEmpty() ? 0 : 1;
    return 2 + secrets + elsewhere + dataHistory;
  }

  /** dtplan-stack, and dtplan-created on one the stack created. */
  static int dtplanTagsOnIdentity() {
    return 2;
  }

  static String nameProblem(String name) {
    if (name.isEmpty()) {
      return "is empty";
    }
    if (name.length() > MAX_NAME) {
      return "is " + name.length() + " characters long";
    }
    for (char c : name.toCharArray()) {
      if (FORBIDDEN.indexOf(c) >= 0) {
        return "contains `" + c + "`";
      }
    }
    return null;
  }
}
