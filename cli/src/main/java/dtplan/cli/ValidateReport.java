package dtplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.diag.ControlChars;
import dtplan.diag.Diagnostic;
import dtplan.diag.Severity;
import java.util.List;

/**
 * What {@code dtplan validate} prints: the diagnostics as text (with {@code error:} in red on a
 * terminal), or one JSON document shaped as Terraform's {@code validate -json} ({@code
 * format_version}, {@code valid}, {@code error_count}, {@code warning_count}, {@code diagnostics}
 * with {@code severity}, {@code summary}, {@code hint} and a {@code range} of file, line and
 * column). Quoted text is escaped as everywhere else (control and bidirectional characters).
 */
final class ValidateReport {
  static final String FORMAT_VERSION = "1.0";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ValidateReport() {}

  static String json(List<Diagnostic> diagnostics) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format_version", FORMAT_VERSION);
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    root.put("valid", errors == 0);
    root.put("error_count", errors);
    root.put("warning_count", diagnostics.size() - errors);
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      ObjectNode o = list.addObject();
      o.put("severity", d.severity().label());
      o.put("summary", ControlChars.escape(d.message()));
      if (d.hint() != null) {
        o.put("hint", ControlChars.escape(d.hint()));
      }
      if (!d.location().file().isEmpty()) {
        ObjectNode range = o.putObject("range");
        range.put("filename", ControlChars.escape(d.location().file()));
        if (d.location().line() > 0) {
          ObjectNode start = range.putObject("start");
          start.put("line", d.location().line());
          start.put("column", d.location().column());
        }
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }

  /** {@link Diagnostic#format()} with the severity label coloured when {@code colour}. */
  static String text(Diagnostic d, boolean colour) {
    String plain = d.format();
    if (!colour) {
      return plain;
    }
    String label = d.severity().label() + ":";
    String painted =
        (d.severity() == Severity.ERROR ? "\u001b[1;31m" : "\u001b[1;33m") + label + "\u001b[0m";
    int at = plain.indexOf(label);
    return at < 0 ? plain : plain.substring(0, at) + painted + plain.substring(at + label.length());
  }
}
