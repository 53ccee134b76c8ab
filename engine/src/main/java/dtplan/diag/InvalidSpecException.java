package dtplan.diag;

import java.util.List;

/** A spec that cannot be used, with every problem found in it, in file order. */
public final class InvalidSpecException extends Exception {
  private final List<Diagnostic> diagnostics;

  public InvalidSpecException(List<Diagnostic> diagnostics) {
    super(diagnostics.size() + " problem(s) in the spec", null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
