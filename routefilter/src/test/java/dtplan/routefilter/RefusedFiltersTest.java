package dtplan.routefilter;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.routefilter.FilterError.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each refused filter with the exact Line, Position and Message Azure's format would carry. */
class RefusedFiltersTest {
  record Case(String why, String filter, int line, int position, String message) {
    @Override
    public String toString() {
      return why + ": " + filter.replace("\n", "\\n").replace("\r", "\\r");
    }
  }

  static Stream<Case> refused() {
    return Stream.of(
        new Case("recorded", "this is not a valid filter", 1, 6, "Unexpected input 'is'"),
        new Case("empty", "", 1, 1, "Unexpected end of input"),
        new Case("blank", "   ", 1, 4, "Unexpected end of input"),
        new Case("double quotes", "type = \"x\"", 1, 8, "Unexpected input '\"'"),
        new Case("== is not an operator", "type == 'x'", 1, 7, "Unexpected input '='"),
        new Case("<> is not documented", "type <> 'x'", 1, 7, "Unexpected input '>'"),
        new Case("NOT is not documented", "NOT type = 'x'", 1, 5, "Unexpected input 'type'"),
        new Case("IN is not documented", "type IN ['a']", 1, 6, "Unexpected input 'IN'"),
        new Case("dangling AND", "type = 'x' AND", 1, 15, "Unexpected end of input"),
        new Case("dangling or", "type = 'x' or", 1, 14, "Unexpected end of input"),
        new Case("AND AND", "type = 'x' AND AND subject = 'y'", 1, 16, "Unexpected input 'AND'"),
        new Case("unclosed (", "(type = 'x'", 1, 12, "Unexpected end of input"),
        new Case("extra )", "type = 'x')", 1, 11, "Unexpected input ')'"),
        new Case("empty ()", "()", 1, 2, "Unexpected input ')'"),
        new Case("unterminated string", "type = 'abc", 1, 8, "Unterminated string literal"),
        new Case("no line break in a string", "type = 'a\nb'", 1, 8, "Unterminated string literal"),
        new Case(
            "no escape: '' ends the string", "type = 'it''s'", 1, 12, "Unexpected input ''s''"),
        new Case("two strings", "type = 'a' 'b'", 1, 12, "Unexpected input ''b''"),
        new Case("literal on the left", "'x' = type", 1, 1, "Unexpected input ''x''"),
        new Case("field on the right", "type = subject", 1, 8, "Unexpected input 'subject'"),
        new Case("chained comparison", "type = null = null", 1, 13, "Unexpected input '='"),
        new Case("negative number", "$body.temperature < -5", 1, 21, "Unexpected input '-'"),
        new Case(
            "number ending in a dot", "$body.temperature <= 5.", 1, 23, "Unexpected input '.'"),
        new Case("blank after a dot", "$body. temperature = 1", 1, 6, "Unexpected input '.'"),
        new Case("bare $", "$ = 'x'", 1, 1, "Unexpected input '$'"),
        new Case("lone !", "type ! 'x'", 1, 6, "Unexpected input '!'"),
        new Case("&& is not AND", "type = 'x' && subject = 'y'", 1, 12, "Unexpected input '&'"),
        new Case("TRUE is a field", "TRUE", 1, 5, "Unexpected end of input"),
        new Case("NULL is a field", "$body.prop != NULL", 1, 15, "Unexpected input 'NULL'"),
        new Case("true stands alone", "true AND type = 'x'", 1, 6, "Unexpected input 'AND'"),
        new Case("a field alone", "type", 1, 5, "Unexpected end of input"),
        new Case("outside the BMP", "type = 😀", 1, 8, "Unexpected input '😀'"),
        new Case("second line", "type = 'x' OR\n  subject = y", 2, 13, "Unexpected input 'y'"),
        new Case(
            "CRLF counts one line",
            "type = 'x'\r\nOR subject = 'y' AND",
            2,
            21,
            "Unexpected end of input"),
        new Case(
            "misspelt function", "START_WITH(subject, 'a')", 1, 1, "Unknown function 'START_WITH'"),
        new Case(
            "functions are upper case",
            "starts_with(subject, 'a')",
            1,
            1,
            "Unknown function 'starts_with'"),
        new Case(
            "undocumented function", "IS_DEFINED($body.x)", 1, 1, "Unknown function 'IS_DEFINED'"),
        new Case("a field is no function", "$body.x('a')", 1, 1, "Unknown function '$body.x'"),
        new Case(
            "one argument",
            "STARTS_WITH(subject)",
            1,
            1,
            "Function 'STARTS_WITH' takes 2 arguments, found 1"),
        new Case(
            "three arguments",
            "CONTAINS(subject, 'a', 'b')",
            1,
            1,
            "Function 'CONTAINS' takes 2 arguments, found 3"),
        new Case(
            "no arguments", "ENDS_WITH()", 1, 1, "Function 'ENDS_WITH' takes 2 arguments, found 0"),
        new Case("missing comma", "STARTS_WITH(subject 'a')", 1, 21, "Unexpected input ''a''"),
        new Case("string first", "ENDS_WITH('a', subject)", 1, 11, "Unexpected input ''a''"),
        new Case("number second", "STARTS_WITH(subject, 5)", 1, 22, "Unexpected input '5'"),
        new Case("unclosed call", "CONTAINS(subject, 'a'", 1, 22, "Unexpected end of input"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void isRefusedAtTheExactPlace(Case c) {
    FilterError e = RouteFilter.check(c.filter()).orElseThrow();
    assertThat(e.line()).as("line").isEqualTo(c.line());
    assertThat(e.position()).as("position").isEqualTo(c.position());
    assertThat(e.message()).isEqualTo(c.message());
    assertThat(e.expected()).isNotBlank();
  }

  @Test
  void reproducesAzuresRecordedAnswerCharacterForCharacter() {
    FilterError e = RouteFilter.check("this is not a valid filter").orElseThrow();
    assertThat(e.kind()).isEqualTo(Kind.UNEXPECTED_INPUT);
    assertThat(e.found()).isEqualTo("is");
    assertThat(e.azureMessage())
        .isEqualTo(
            "The provided filter is invalid. Parsing error, Line=1, Position=6, Message=Unexpected"
                + " input 'is'. See event route documentation for supported values and structure"
                + " (http://aka.ms/ADTv2Routes).");
  }

  @Test
  void nestingIsBoundedInsteadOfOverflowingTheStack() {
    int depth = Parser.MAX_DEPTH;
    String ok = "(".repeat(depth) + "type = 'a'" + ")".repeat(depth);
    assertThat(RouteFilter.check(ok)).isEmpty();
    FilterError e = RouteFilter.check("(" + ok + ")").orElseThrow();
    assertThat(e.kind()).isEqualTo(Kind.TOO_DEEP);
    assertThat(e.position()).isEqualTo(depth + 1);
    assertThat(RouteFilter.check("(".repeat(100_000))).isPresent();
  }
}
