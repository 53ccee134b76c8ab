package dtplan.spec;

import java.util.regex.Pattern;

/** Azure's naming rules for the things a spec names (DOMAIN.md section 1.2). */
final class Names {
  private static final NameChars ALNUM_HYPHEN = new NameChars("[A-Za-z0-9-]");

  static final NameRule INSTANCE =
      new NameRule(
          "instance",
          3,
          63,
          ALNUM_HYPHEN,
          false,
          true,
          "3-63 letters, digits or hyphens, not starting or ending with a hyphen");

  /**
   * The REST spec's regex and its min/max lengths disagree (3-50 vs 2-49); the intersection is what
   * Azure surely accepts.
   */
  static final NameRule ENDPOINT =
      new NameRule(
          "endpoint",
          3,
          49,
          ALNUM_HYPHEN,
          false,
          false,
          "3-49 letters, digits or hyphens, not all digits, not starting or ending with a hyphen");

  /** The same regex and lengths as an endpoint's in the REST spec, so the same intersection. */
  static final NameRule DATA_HISTORY =
      new NameRule(
          "data history connection",
          3,
          49,
          ALNUM_HYPHEN,
          false,
          false,
          "3-49 letters, digits or hyphens, not all digits, not starting or ending with a hyphen");

  /** Route ids have no pattern in the data-plane spec; this is what is safe in a URL path. */
  static final NameRule ROUTE =
      new NameRule(
          "route",
          1,
          64,
          new NameChars("[A-Za-z0-9_.-]"),
          true,
          true,
          "1-64 letters, digits, '_', '.' or '-', starting with a letter or digit");

  static final NameRule IDENTITY =
      new NameRule(
          "identity",
          3,
          128,
          new NameChars("[A-Za-z0-9_-]"),
          true,
          true,
          "3-128 letters, digits, '-' or '_', starting with a letter or digit");

  /**
   * Microsoft.Network's rule for private endpoints (resource-name-rules, Microsoft.Network:
   * privateEndpoints): 2-64 characters, alphanumerics, underscores, periods and hyphens, starting
   * with an alphanumeric; ending in a hyphen is refused here too (the docs say it ends with an
   * alphanumeric or underscore; a final period is not caught).
   */
  static final NameRule PRIVATE_ENDPOINT =
      new NameRule(
          "private endpoint",
          2,
          64,
          new NameChars("[A-Za-z0-9_.-]"),
          false,
          true,
          "2-64 letters, digits, '_', '.' or '-', starting with a letter or digit, not ending with '-'");

  static final Pattern SUBSCRIPTION =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private Names() {}
}
