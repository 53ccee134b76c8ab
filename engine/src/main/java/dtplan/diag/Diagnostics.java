package dtplan.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects findings so that a user sees every problem at once, sorted by place. */
public final class Diagnostics {
  private final List<Diagnostic> found = new ArrayList<>();

  public void add(Diagnostic d) {
    if (!found.contains(d)) {
      found.add(d);
    }
  }

  public void error(SourceLocation at, String message, String hint) {
    add(Diagnostic.error(at, message, hint));
  }

  public void error(SourceLocation at, String message) {
    add(Diagnostic.error(at, message));
  }

  public boolean hasErrors() {
    return found.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  public List<Diagnostic> sorted() {
    return found.stream()
        .sorted(
            Comparator.comparing((Diagnostic d) -> d.location().file())
                .thenComparingInt(d -> d.location().line())
                .thenComparingInt(d -> d.location().column()))
        .toList();
  }

  public void throwIfErrors() throws InvalidSpecException {
    if (hasErrors()) {
      throw new InvalidSpecException(sorted());
    }
  }
}
