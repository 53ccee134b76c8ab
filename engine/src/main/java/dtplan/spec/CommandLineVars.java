package dtplan.spec;

import dtplan.diag.Diagnostic;
import dtplan.diag.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * A {@code --var NAME=VALUE} that no {@code ${var.NAME}} of the spec uses is a typo: without this
 * check, {@code --var locaton=northeurope} next to a var file that sets {@code location} would be
 * ignored without a word. Terraform refuses a {@code -var} for an undeclared variable likewise. A
 * var file may hold more than one spec uses, so only the command line's names are checked.
 */
public final class CommandLineVars {
  private CommandLineVars() {}

  /** The names of every {@code ${var.NAME}} in the spec's text ({@code $${…}} is no expression). */
  public static Set<String> referenced(String specText) {
    Set<String> names = new TreeSet<>();
    Matcher m = Interpolator.EXPRESSION.matcher(specText);
    while (m.find()) {
      Matcher var = Interpolator.VAR.matcher(m.group(2).trim());
      if (m.group(1).isEmpty() && var.matches()) {
        names.add(var.group(1));
      }
    }
    return names;
  }

  /** An error for each name given on the command line that the spec never uses, sorted by name. */
  public static List<Diagnostic> unused(String file, String specText, Collection<String> given) {
    Set<String> used = referenced(specText);
    List<Diagnostic> problems = new ArrayList<>();
    for (String name : new TreeSet<>(given)) {
      if (used.contains(name)) {
        continue;
      }
      String near = Suggest.nearest(name, used);
      problems.add(
          Diagnostic.error(
              new SourceLocation(file, 0, 0),
              "--var `" + name + "` is given, but the spec uses no ${var." + name + "}",
              near != null
                  ? "did you mean `" + near + "`?"
                  : used.isEmpty()
                      ? "remove it; the spec uses no variables"
                      : "remove it; the spec uses " + String.join(", ", used)));
    }
    return problems;
  }
}
