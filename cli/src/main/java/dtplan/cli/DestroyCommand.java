package dtplan.cli;

import dtplan.plan.PlanScope;
import java.nio.file.Files;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Apply's options and approval, for the plan that deletes everything the stack owns. It is apply
 * with another scope, so that destroying passes the same gates (the instance-deletion permission,
 * ownership) and asks the same way.
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "destroy",
    header = "Delete everything the stack owns.",
    description = {
      "Plan the deletion of everything the stack owns, show it, ask for `yes`, then carry it out.",
      "It deletes the stack's instances (with their endpoints and routes), its role assignments in"
          + " any subscription, and the user-assigned identities it tagged.",
      "What the stack owns is found as a plan finds it: the dtplan-stack tag, and the"
          + " role-assignment description that names the stack.",
      "Deleting an instance destroys its twin data, so it also needs --allow-instance-deletion.",
      "Needs no secret values: an environment variable that is not set is unknown, unless it is"
          + " part of a name or scope that decides what is read.",
      "`dtplan plan SPEC --destroy` shows the same plan; saved with --out, `dtplan apply FILE`"
          + " carries it out.",
      "",
      "Examples:%n  dtplan destroy examples/quickstart.yaml --allow-instance-deletion"
          + "%n  dtplan destroy examples/quickstart.yaml --allow-instance-deletion --auto-approve"
          + " --input=false"
    },
    modelTransformer = DestroyCommand.SpecOnly.class)
final class DestroyCommand extends ApplyCommand {
  /**
   * Apply's positional parameter also takes a saved plan, destroy's only a spec; and destroy
   * creates nothing, so it has nothing to replace.
   */
  static final class SpecOnly implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      spec.remove(spec.findOption("--replace"));
      return spec;
    }
  }

  @Override
  PlanScope scope() {
    return scope.scope(true);
  }

  @Override
  public Integer call() {
    if (Files.isRegularFile(inputs.spec) && SavedPlans.isPlanFile(inputs.spec)) {
      throw new UserError(
          inputs.spec
              + " is a saved plan, and destroy takes a spec; carry out a saved plan with `dtplan"
              + " apply "
              + inputs.spec
              + "`");
    }
    return super.call();
  }
}
