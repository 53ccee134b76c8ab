package dtplan.cli;

import dtplan.plan.PlanScope;
import dtplan.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --target} and {@code --replace}: the resources a plan is narrowed to, or recreates. */
final class ScopeOptions {
  @Option(
      names = "--target",
      paramLabel = "ADDRESS",
      description =
          "Plan only this resource (an address as plans print it, such as"
              + " instances.factory.endpoints.telemetry) and what it needs; repeatable. The plan"
              + " says it is partial. See docs/targeting.md.")
  List<String> targets = new ArrayList<>();

  @Option(
      names = "--replace",
      paramLabel = "ADDRESS",
      description =
          "Delete this resource and create it again, even if nothing differs; routes to a"
              + " replaced endpoint are recreated around it. Repeatable.")
  List<String> replace = new ArrayList<>();

  /** The scope these options give, for a destroy plan or not. */
  PlanScope scope(boolean destroy) {
    if (destroy && !replace.isEmpty()) {
      throw new UserError(
          "--replace cannot be used with a destroy plan, which deletes everything and creates"
              + " nothing; nothing was planned");
    }
    return new PlanScope(destroy, parse(targets, "--target"), parse(replace, "--replace"));
  }

  /** Whether either option was given: a saved plan keeps the scope it was made with. */
  boolean given() {
    return !targets.isEmpty() || !replace.isEmpty();
  }

  private static List<ResourceAddress> parse(List<String> texts, String option) {
    List<ResourceAddress> out = new ArrayList<>();
    for (String text : texts) {
      try {
        out.add(ResourceAddress.parse(text));
      } catch (IllegalArgumentException e) {
        throw new UserError(
            option
                + " `"
                + text
                + "` is not a resource address; use one as plans print it, such as"
                + " instances.factory, instances.factory.endpoints.telemetry,"
                + " instances.factory.routes.all or identities.ingest; nothing was planned");
      }
    }
    return out;
  }
}
