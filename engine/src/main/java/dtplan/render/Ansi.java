package dtplan.render;

/** Terminal colours, or nothing: the caller decides (a terminal, and no NO_COLOR). */
final class Ansi {
  private final boolean enabled;

  Ansi(boolean enabled) {
    this.enabled = enabled;
  }

  String green(String s) {
    return wrap("32", s);
  }

  String yellow(String s) {
    return wrap("33", s);
  }

  String red(String s) {
    return wrap("31", s);
  }

  String bold(String s) {
    return wrap("1", s);
  }

  private String wrap(String code, String s) {
    return enabled ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
