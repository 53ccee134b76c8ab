package dtplan.routefilter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every filter the sources show as accepted must parse; placeholders are kept verbatim. */
class DocumentedFiltersTest {
  record Case(String source, String filter) {
    @Override
    public String toString() {
      return source + ": " + filter;
    }
  }

  private static final String DOCS = "how-to-create-routes.md";
  private static final String DOCS_2020 = "how-to-manage-routes.md (2020)";

  static Stream<Case> documented() {
    return Stream.of(
        new Case(DOCS + " true/false", "true"),
        new Case(DOCS + " true/false", "false"),
        new Case(DOCS + " type", "type = '<event-type>'"),
        new Case(DOCS + " type", "type = 'Microsoft.DigitalTwins.Twin.Create'"),
        new Case(DOCS + " type", "type = 'Microsoft.DigitalTwins.Twin.Delete'"),
        new Case(DOCS + " type", "type = 'Microsoft.DigitalTwins.Twin.Update'"),
        new Case(DOCS + " type", "type = 'Microsoft.DigitalTwins.Relationship.Create'"),
        new Case(DOCS + " type", "type = 'Microsoft.DigitalTwins.Relationship.Update'"),
        new Case(DOCS + " type", "type = 'Microsoft.DigitalTwins.Relationship.Delete'"),
        new Case(DOCS + " type", "type = 'microsoft.iot.telemetry'"),
        new Case(DOCS + " source", "source = '<host-name>'"),
        new Case(DOCS + " subject", "subject = '<subject>'"),
        new Case(DOCS + " data schema", "dataschema = '<model-dtmi-ID>'"),
        new Case(DOCS + " content type", "datacontenttype = '<content-type>'"),
        new Case(DOCS + " spec version", "specversion = '<version>'"),
        new Case(DOCS + " String", "STARTS_WITH($body.$metadata.$model, 'dtmi:example:com:floor')"),
        new Case(DOCS + " String", "CONTAINS(subject, '<twin-ID>')"),
        new Case(DOCS + " Integer", "$body.errorCode > 200"),
        new Case(DOCS + " Double", "$body.temperature <= 5.5"),
        new Case(DOCS + " Bool", "$body.poweredOn = true"),
        new Case(DOCS + " Null", "$body.prop != null"),
        new Case(
            DOCS + " Logical",
            "(type != 'microsoft.iot.telemetry' OR datacontenttype = 'application/json')"
                + " OR (specversion != '1.0')"),
        new Case(DOCS + " ENDS_WITH", "ENDS_WITH($body.$metadata.$model, 'floor;1')"),
        new Case(DOCS_2020 + " data schema", "dataschema = 'dtmi:example:com:floor4;2'"),
        new Case(DOCS_2020 + " subject, leading blank", " subject = '<subject>'"),
        new Case(
            DOCS_2020 + " AND",
            "type != 'microsoft.iot.telemetry' AND datacontenttype = 'application/json'"),
        new Case(
            DOCS_2020 + " OR",
            "type != 'microsoft.iot.telemetry' OR datacontenttype = 'application/json'"),
        new Case(
            "azure-rest-api-specs EventRoutesList.json",
            "type = 'Microsoft.DigitalTwins.Twin.Create' OR type = 'microsoft.iot.telemetry'"),
        new Case(
            "recorded (azure-sdk-for-java EventRoutesTest)",
            "$eventType = 'DigitalTwinTelemetryMessages'"
                + " or $eventType = 'DigitalTwinLifecycleNotification'"));
  }

  /** Not shown anywhere, but what the grammar's stated readings accept. */
  static Stream<Case> acceptedByOurReading() {
    return Stream.of(
        new Case("and ignores case, like or", "type = 'a' and subject = 'b'"),
        new Case("AND binds within OR", "type = 'a' OR type = 'b' AND subject = 'c'"),
        new Case("a blank before (", "STARTS_WITH (subject, 'alarm-')"),
        new Case("nested parentheses", "((type = 'a') AND (subject = 'b' OR subject = 'c'))"),
        new Case("line breaks are blanks", "type = 'a'\r\n  OR type = 'b'"),
        new Case("any field name", "$body.room_1.Temperature >= 0.5"),
        new Case("a field named like a function", "type = 'a' AND NOT_A_FUNCTION = 'x'"),
        new Case("non-ASCII inside strings", "subject = 'Ünïcødé 😀'"),
        new Case("true as a value", "$body.on = false OR $body.off = true"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"documented", "acceptedByOurReading"})
  void parses(Case c) {
    assertThat(RouteFilter.check(c.filter())).as(c.toString()).isEmpty();
  }
}
