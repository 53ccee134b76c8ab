package dtplan.diag;

/** A place in a spec file, 1-based, as editors and compilers print it. */
public record SourceLocation(String file, int line, int column) {
  public static final SourceLocation NONE = new SourceLocation("", 0, 0);

  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line + ":" + column;
  }
}
