package dtplan.spec;

import dtplan.diag.Diagnostic;
import dtplan.diag.InvalidSpecException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Keeps values that came from {@code ${env:NAME}} out of messages. Fields meant for secrets never
 * echo their values; this is for the mistake of putting a secret variable in any other field (a
 * connection string in {@code scope:}), whose error would otherwise print it in a CI log. A value
 * is shown as the expression that gave it, so the message still says where it came from.
 */
final class EnvMask {
  /**
   * Shorter values are replaced only where a message quotes them whole: replacing every {@code
   * "eu"} inside other words would garble messages, and so short a value hides nothing.
   */
  private static final int MIN_ANYWHERE = 4;

  private final List<Map.Entry<String, String>> longestFirst;

  EnvMask(Map<String, String> fromEnv) {
    this.longestFirst =
        fromEnv.entrySet().stream()
            .filter(e -> !e.getKey().isEmpty())
            .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
            .toList();
  }

  InvalidSpecException hide(InvalidSpecException e) {
    if (longestFirst.isEmpty()) {
      return e;
    }
    return new InvalidSpecException(
        e.diagnostics().stream()
            .map(
                d ->
                    new Diagnostic(
                        d.severity(),
                        d.location(),
                        hide(d.message()),
                        d.hint() == null ? null : hide(d.hint())))
            .toList());
  }

  String hide(String text) {
    String out = text;
    for (Map.Entry<String, String> e : longestFirst) {
      String value = e.getKey();
      out =
          value.length() >= MIN_ANYWHERE
              ? out.replace(value, e.getValue())
              : out.replace("`" + value + "`", "`" + e.getValue() + "`");
    }
    return out;
  }
}
