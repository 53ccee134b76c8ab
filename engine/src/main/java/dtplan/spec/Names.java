package dtplan.spec;

import java.util.regex.Pattern;

/** Azure's naming rules for the things a spec names (DOMAIN.md section 1.2). */
final class Names {
  static final Pattern INSTANCE = Pattern.compile("^(?!-)[A-Za-z0-9-]{3,63}(?<!-)$");

  /**
   * The REST spec's regex and its min/max lengths disagree (3-50 vs 2-49); the intersection is what
   * Azure surely accepts.
   */
  static final Pattern ENDPOINT =
      Pattern.compile("^(?![0-9]+$)(?!-)[A-Za-z0-9-]{2,48}[A-Za-z0-9]$");

  static final Pattern ROUTE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");
  static final Pattern SUBSCRIPTION =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  static final String INSTANCE_EXPECTED =
      "3-63 letters, digits or hyphens, not starting or ending with a hyphen";
  static final String ENDPOINT_EXPECTED =
      "3-49 letters, digits or hyphens, not all digits, not starting or ending with a hyphen";
  static final String ROUTE_EXPECTED =
      "1-64 letters, digits, '_', '.' or '-', starting with a letter or digit";

  private Names() {}
}
