package dtplan.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /subscriptions/SUB/resourceGroups/RG}, the one argument of {@code dtplan import}. */
record ResourceGroupId(String subscription, String resourceGroup) {
  private static final Pattern ID =
      Pattern.compile(
          "/subscriptions/([0-9a-fA-F-]{36})/resourceGroups/([-\\w._()]{1,90})/?",
          Pattern.CASE_INSENSITIVE);

  static ResourceGroupId parse(String text) {
    Matcher m = ID.matcher(text.trim());
    if (!m.matches()) {
      throw new UserError(
          "`"
              + text
              + "` is not a resource group id; expected /subscriptions/SUBSCRIPTION-GUID"
              + "/resourceGroups/NAME, nothing was written\n"
              + "  hint: az group show --name NAME --query id --output tsv prints it");
    }
    return new ResourceGroupId(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
  }

  /** The resource group's name as a stack name: letters, digits, _ . and -, at most 63. */
  String defaultStack() {
    String s = resourceGroup.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-");
    s = s.replaceAll("^[^a-z0-9]+", "");
    s = s.length() > 63 ? s.substring(0, 63) : s;
    return s.isEmpty() ? "imported" : s;
  }
}
