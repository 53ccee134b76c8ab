package dtplan.cli;

import dtplan.diag.Diagnostic;
import dtplan.diag.InvalidSpecException;
import dtplan.input.InputFileException;
import dtplan.input.InputFiles;
import dtplan.spec.CommandLineVars;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import dtplan.spec.SubscriptionRule;
import dtplan.spec.VarFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The spec file and the values its {@code ${var.…}} expressions may use. */
final class SpecInputs {
  @Parameters(index = "0", paramLabel = "SPEC", description = "The spec file (YAML).")
  Path spec;

  @Option(
      names = "--var",
      paramLabel = "NAME=VALUE",
      description = "A value for $${var.NAME}; repeatable; wins over --var-file.")
  Map<String, String> vars = new LinkedHashMap<>();

  @Option(
      names = "--var-file",
      paramLabel = "FILE",
      description = "A YAML mapping of values for $${var.NAME}.")
  Path varFile;

  /** The spec, or null after printing every problem in it (or in the var file). */
  Spec load(String subscriptionOverride, String fallbackSubscription, PrintWriter err) {
    Checked checked = check(subscriptionOverride, fallbackSubscription, false);
    if (checked.problems().isEmpty()) {
      return checked.spec();
    }
    print(checked.problems(), err);
    return null;
  }

  /**
   * For destroy, which deletes and so needs no secret value: an environment variable that is not
   * set is unknown, as for validate. Only where a value decides what is read (the stack, its
   * subscription and resource group, instance and identity names, role scopes) must it be known, or
   * destroy could miss what the stack owns.
   */
  Spec loadForDestroy(String subscriptionOverride, String fallbackSubscription, PrintWriter err) {
    Checked checked = check(subscriptionOverride, fallbackSubscription, true);
    if (!checked.problems().isEmpty()) {
      print(checked.problems(), err);
      return null;
    }
    Spec loaded = checked.spec();
    List<String> deciding = new ArrayList<>();
    deciding.add(loaded.stack());
    deciding.add(loaded.subscription());
    deciding.add(loaded.resourceGroup());
    loaded.identities().values().forEach(i -> deciding.add(i.name()));
    loaded
        .instances()
        .values()
        .forEach(
            i -> {
              deciding.add(i.name());
              i.roles().forEach(r -> deciding.add(r.scope()));
            });
    loaded.roleAssignments().values().forEach(a -> deciding.add(a.scope()));
    for (String variable : checked.unsetVariables()) {
      if (deciding.stream().anyMatch(v -> v != null && v.contains("${env:" + variable + "}"))) {
        throw new UserError(
            "environment variable "
                + variable
                + " is not set, and destroy needs it: it is part of a name or scope that decides"
                + " what the stack owns (secrets are not needed); nothing was planned");
      }
    }
    return loaded;
  }

  /** Every problem, one per line, and how many there were. */
  static void print(List<Diagnostic> problems, PrintWriter err) {
    for (Diagnostic d : problems) {
      err.println(d.format());
    }
    err.println(
        problems.size() == 1
            ? "1 problem; nothing was planned or changed."
            : problems.size() + " problems; nothing was planned or changed.");
  }

  /**
   * The spec (null when it has problems), every problem found in it or in the variables, and the
   * environment variables that were not set (only where they may be unknown).
   */
  record Checked(Spec spec, List<Diagnostic> problems, Set<String> unsetVariables) {}

  /**
   * For validate and graph, which need no secret values: an environment variable that is not set is
   * unknown, not an error. They take no target options, so only AZURE_SUBSCRIPTION_ID can override
   * the spec's subscription.
   */
  Checked check() {
    SubscriptionRule subscription =
        SubscriptionRule.fromEnvironment(
            System.getenv("AZURE_SUBSCRIPTION_ID"), Target.SANDBOX_SUBSCRIPTION);
    return check(subscription.override(), subscription.fallback(), true);
  }

  private Checked check(
      String subscriptionOverride, String fallbackSubscription, boolean unsetIsUnknown) {
    List<Diagnostic> problems = new ArrayList<>(unusedVars());
    try {
      SpecOptions options =
          new SpecOptions(System.getenv(), allVars(), subscriptionOverride, fallbackSubscription);
      SpecLoader loader = new SpecLoader();
      SpecLoader.Checked loaded =
          unsetIsUnknown
              ? loader.check(spec, options)
              : new SpecLoader.Checked(loader.load(spec, options), Set.of());
      return new Checked(
          problems.isEmpty() ? loaded.spec() : null,
          List.copyOf(problems),
          loaded.unsetVariables());
    } catch (InvalidSpecException e) {
      problems.addAll(e.diagnostics());
      return new Checked(null, List.copyOf(problems), Set.of());
    }
  }

  /** A --var the spec never uses; an unreadable spec is the loader's to report. */
  private List<Diagnostic> unusedVars() {
    if (vars.isEmpty()) {
      return List.of();
    }
    try {
      String text = InputFiles.readText(spec, "spec");
      return CommandLineVars.unused(spec.toString(), text, vars.keySet());
    } catch (InputFileException e) {
      return List.of();
    }
  }

  private Map<String, String> allVars() throws InvalidSpecException {
    Map<String, String> all = new LinkedHashMap<>();
    if (varFile != null) {
      all.putAll(VarFile.load(varFile));
    }
    all.putAll(vars);
    return all;
  }
}
