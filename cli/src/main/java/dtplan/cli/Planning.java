package dtplan.cli;

import dtplan.apply.StackLock;
import dtplan.input.InputFileException;
import dtplan.plan.Plan;
import dtplan.plan.PlanScope;
import dtplan.plan.Planner;
import dtplan.plan.ReadRequests;
import dtplan.plan.UnknownAddressException;
import dtplan.planfile.SavedTarget;
import dtplan.provider.ProviderException;
import dtplan.provider.ReadResponse;
import dtplan.render.TargetHeader;
import dtplan.spec.Spec;
import dtplan.spec.SpecDigest;
import dtplan.spec.SubscriptionRule;
import java.io.PrintWriter;

/** Spec in, plan out: load, open the target, read live state, plan. Shared by plan and apply. */
final class Planning {
  private Planning() {}

  /**
   * A plan with the target it was read from (open: the caller closes it), or null if the spec is
   * invalid. {@code targetLine}, when not null, gets the line naming the target as soon as it is
   * chosen, before anything can fail (the text formats start with it). The stack's lock, when
   * {@code locking} is not null, is held from before live state is read until the result is closed.
   */
  static Planned plan(
      SpecInputs inputs,
      TargetOptions targetOptions,
      PrintWriter err,
      PrintWriter targetLine,
      PlanScope scope,
      Locking locking) {
    SubscriptionRule subscription = targetOptions.subscriptionRule();
    Spec spec = load(inputs, scope, subscription.override(), subscription.fallback(), err);
    if (spec == null) {
      return null;
    }
    Target target = Target.open(targetOptions, spec.subscription(), spec.cloud(), err);
    StackLock lock = null;
    try {
      announce(target, targetLine);
      lock = locking == null ? null : locking.take(target, spec, err);
      ReadResponse live = read(target, spec, err, targetLine != null);
      Plan plan = plan(target.description(), spec, live, specDigest(inputs), scope);
      return new Planned(spec, plan, target, lock);
    } catch (RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      target.close();
      throw e;
    }
  }

  /**
   * The spec; a destroy plan's without secrets (see {@link SpecInputs#loadForDestroy}). Null after
   * printing its problems.
   */
  static Spec load(
      SpecInputs inputs, PlanScope scope, String override, String fallback, PrintWriter err) {
    return scope.destroy()
        ? inputs.loadForDestroy(override, fallback, err)
        : inputs.load(override, fallback, err);
  }

  /** The plan in a scope; an address that names nothing is the user's to fix. */
  static Plan plan(String target, Spec spec, ReadResponse live, String digest, PlanScope scope) {
    try {
      return new Planner().plan(target, spec, live, digest, scope);
    } catch (UnknownAddressException e) {
      throw new UserError(e.getMessage() + "; nothing was planned");
    }
  }

  /** The first line of a text plan or apply: where live state is read and written. */
  static void announce(Target target, PrintWriter out) {
    if (out != null) {
      out.print(TargetHeader.text(target.description()));
      out.flush();
    }
  }

  /**
   * Live state for the spec. When reading fails, the error follows the line naming the target (on
   * stderr, unless the output already started with it), and a missing resource group is said as
   * such, with how to create it.
   */
  static ReadResponse read(Target target, Spec spec, PrintWriter err, boolean announced) {
    try {
      return target.provider().read(ReadRequests.forSpec(spec));
    } catch (RuntimeException e) {
      if (!announced) {
        err.println(TargetHeader.line(target.description()));
        err.flush();
      }
      if (e instanceof ProviderException p && "ResourceGroupNotFound".equalsIgnoreCase(p.code())) {
        throw new UserError(
            "resource group `"
                + spec.resourceGroup()
                + "` does not exist in subscription "
                + spec.subscription()
                + "; dtplan does not create resource groups (azure.resourceGroup must exist)\n"
                + "  hint: "
                + missingGroupHint(
                    target.where(), spec.subscription(), spec.resourceGroup(), spec.location()));
      }
      throw e;
    }
  }

  /**
   * How to create the stack's resource group: on Azure with the Azure CLI, in a sandbox by seed.
   */
  static String missingGroupHint(
      SavedTarget where, String subscription, String resourceGroup, String location) {
    String seed =
        "{\"resourceGroups\": [{\"subscriptionId\": \""
            + subscription
            + "\", \"name\": \""
            + resourceGroup
            + "\", \"location\": \""
            + location
            + "\"}]}";
    return switch (where.kind()) {
      case SavedTarget.AZURE ->
          "create it, then plan again: az group create --name "
              + resourceGroup
              + " --location "
              + location
              + " --subscription "
              + subscription;
      case SavedTarget.SANDBOX ->
          "a sandbox holds only the resource groups it was given; add it: curl -X POST -H"
              + " 'X-Dtplan-Sandbox: 1' -H 'Content-Type: application/json' --data '"
              + seed
              + "' "
              + where.url().replaceAll("/$", "")
              + "/_sandbox/seed";
      default ->
          "the embedded sandbox holds only the resource groups it was given; add it: put "
              + seed
              + " in a file and run `dtplan sandbox seed FILE`";
    };
  }

  private static String specDigest(SpecInputs inputs) {
    try {
      return SpecDigest.of(inputs.spec);
    } catch (InputFileException e) {
      throw new UserError("cannot read " + inputs.spec + ": " + e.getMessage());
    }
  }

  record Planned(Spec spec, Plan plan, Target target, StackLock lock) implements AutoCloseable {
    Planned(Spec spec, Plan plan, Target target) {
      this(spec, plan, target, null);
    }

    @Override
    public void close() {
      if (lock != null) {
        lock.close(); // before the target: the embedded sandbox holding the lease stops with it
      }
      target.close();
    }
  }
}
