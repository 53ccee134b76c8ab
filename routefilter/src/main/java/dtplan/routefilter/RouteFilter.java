package dtplan.routefilter;

import java.util.List;
import java.util.Optional;

/**
 * Checks an event-route filter the way Azure Digital Twins parses it, and says where and why Azure
 * would refuse it (400 {@code EventRouteFilterInvalid}).
 *
 * <h2>Sources</h2>
 *
 * <ul>
 *   <li>[docs] MicrosoftDocs/azure-docs {@code articles/digital-twins/how-to-create-routes.md},
 *       "Filter events" / "Supported route filters": the filter table, the data-type table, the
 *       operator table and the function table (the same tables as {@code
 *       includes/digital-twins-route-filters.md}, 2020-12).
 *   <li>[docs-2020] MicrosoftDocs/azure-docs {@code articles/digital-twins/how-to-manage-routes.md}
 *       (2020-06): the {@code AND}/{@code OR} and nested examples.
 *   <li>[rec] Azure/azure-sdk-for-java {@code
 *       sdk/digitaltwins/azure-digitaltwins-core/src/test/resources/session-records/EventRoutesTest.createEventRouteThrowsIfFilterIsMalformed[1].json}:
 *       Azure's answer to {@code this is not a valid filter} (message format, 1-based Line and
 *       Position of the offending token, the token quoted whole) and, in the same recording, the
 *       accepted {@code $eventType = '…' or $eventType = '…'}.
 *   <li>[rest] Azure/azure-rest-api-specs data-plane examples {@code EventRoute*.json}: {@code
 *       true} and {@code type = '…' OR type = '…'}.
 * </ul>
 *
 * <h2>Grammar</h2>
 *
 * <pre>
 * filter     = "true" | "false"                      [docs] true / false, alone
 *            | or
 * or         = and { OR and }                        [docs] OR; lower-case or [rec]
 * and        = condition { AND condition }           [docs] AND
 * condition  = "(" or ")"                            [docs] ( )
 *            | FUNCTION "(" field "," string ")"     [docs] STARTS_WITH, ENDS_WITH, CONTAINS (x, y)
 *            | field comparison value                [docs] =, !=, &lt;, &lt;=, &gt;, &gt;=
 * value      = string | number | "true" | "false" | "null"   [docs] data-type table
 * field      = segment { "." segment }               [docs] $body.$metadata.$model; $eventType [rec]
 * segment    = [ "$" ] letter { letter | digit }     letter = A-Z a-z _
 * string     = "'" { any character but ' and line break } "'"   [docs] single quotes
 * number     = digit { digit } [ "." digit { digit } ]          [docs] 200, 5.5
 * </pre>
 *
 * Blanks between tokens are space, tab, CR and LF. {@code AND} and {@code OR} ignore case ([docs]
 * writes {@code OR}, [rec] sends {@code or}). Any field name is accepted: [rec] shows {@code
 * $eventType}, which the docs' field list ({@code type}, {@code source}, {@code subject}, {@code
 * dataschema}, {@code datacontenttype}, {@code specversion}, {@code $body.<property>}) does not
 * have, so a field list would refuse what Azure accepts; a misspelt field matches no event instead.
 *
 * <h2>Where the sources are silent (assumed; the stricter reading)</h2>
 *
 * <ul>
 *   <li>No {@code NOT}, {@code <>}, {@code ==}, {@code IN}, {@code IS_DEFINED} or other function:
 *       none is documented for routes (the twin query language has some; routes are not queries).
 *   <li>{@code true}, {@code false}, {@code null} and function names only as written in [docs]:
 *       lower-case literals, upper-case functions. A blank between a function and {@code (} is
 *       allowed.
 *   <li>{@code true}/{@code false} as a condition only when it is the whole filter.
 *   <li>A comparison has the field on the left and a literal on the right; a function takes a field
 *       then a string, as every documented example does.
 *   <li>Strings have no escape and no line break; numbers have no sign and no exponent.
 *   <li>Messages other than {@code Unexpected input '<token>'} are not recorded; see {@link
 *       FilterError.Kind} for the wording chosen, including {@code Unexpected end of input} at one
 *       past the last character.
 *   <li>Parentheses nest at most {@value Parser#MAX_DEPTH} deep.
 * </ul>
 */
public final class RouteFilter {
  /** The documented functions, each taking (field, 'string'). */
  public static final List<String> FUNCTIONS = List.of("STARTS_WITH", "ENDS_WITH", "CONTAINS");

  private RouteFilter() {}

  /**
   * The first reason Azure would refuse {@code filter}, or empty when it parses. Never throws for
   * any string; {@code null} is a programming error.
   */
  public static Optional<FilterError> check(String filter) {
    try {
      new Parser(filter).parse();
      return Optional.empty();
    } catch (Refusal r) {
      return Optional.of(r.error());
    }
  }
}
