package dtplan.plan;

import dtplan.model.ResourceKind;
import dtplan.plan.kinds.Kinds;
import dtplan.spec.IdentitySpec;
import dtplan.spec.InstanceSpec;
import dtplan.spec.Lifecycle;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spec's lifecycle settings applied to a diff: endpoints and routes of a shared instance that
 * the spec does not name are left alone ({@code unmanaged}), and a plan that would delete or
 * replace a protected resource is an error ({@code preventDestroy}). Ignored attributes are handled
 * where the desired state is built ({@link IgnoredChanges}).
 */
final class LifecycleRules {
  private LifecycleRules() {}

  static List<PlannedChange> apply(
      Spec spec, List<PlannedChange> changes, List<Consequence> consequences) {
    Map<String, InstanceSpec> instancesById = new HashMap<>();
    spec.instances().values().forEach(i -> instancesById.put(LiveIndex.key(spec.instanceId(i)), i));
    Map<ResourceAddress, List<String>> keptByInstance = new TreeMap<>();
    List<PlannedChange> out = new ArrayList<>();
    for (PlannedChange c : changes) {
      if (leftAlone(c, instancesById)) {
        keptByInstance
            .computeIfAbsent(c.address().instance(), k -> new ArrayList<>())
            .add(Kinds.of(c.kind()).displayName() + " " + c.address().shortName());
        continue;
      }
      // Looked up only for what would be destroyed: it builds addresses, and plans hold thousands
      // of changes that destroy nothing (issue 19).
      if (c.action().isDestructive() && lifecycleOf(spec, c.address()).preventDestroy()) {
        consequences.add(
            Consequence.error(
                    Consequence.Code.DESTROY_PREVENTED,
                    c.address(),
                    "this plan would "
                        + (c.action() == Action.REPLACE ? "replace" : "delete")
                        + " it ("
                        + c.reason().text()
                        + "), and its lifecycle says preventDestroy")
                .withHint(
                    "change the spec so the resource stays, or remove preventDestroy on purpose"
                        + " in a reviewed change first"));
      }
      out.add(c);
    }
    keptByInstance.forEach(
        (instance, kept) ->
            consequences.add(
                Consequence.warning(
                    Consequence.Code.UNMANAGED_KEPT,
                    instance,
                    "left alone, as lifecycle.unmanaged says (the spec does not name them): "
                        + String.join(", ", kept))));
    return out;
  }

  /** A deletion of an endpoint or route the spec does not name, on an instance that shares them. */
  private static boolean leftAlone(PlannedChange c, Map<String, InstanceSpec> instancesById) {
    if (c.action() != Action.DELETE || c.reason() != Reason.NOT_IN_SPEC) {
      return false;
    }
    String children =
        c.kind() == ResourceKind.ENDPOINT
            ? Lifecycle.ENDPOINTS
            : c.kind() == ResourceKind.ROUTE ? Lifecycle.ROUTES : null;
    if (children == null) {
      return false;
    }
    String instanceId = Kinds.of(c.before()).instanceId(c.before());
    InstanceSpec instance = instancesById.get(LiveIndex.key(instanceId));
    return instance != null && instance.lifecycle().leavesAlone(children);
  }

  /** The lifecycle of the instance or identity the spec declares at this address, if any. */
  private static Lifecycle lifecycleOf(Spec spec, ResourceAddress address) {
    if (address.instanceKey() != null && address.equals(address.instance())) {
      InstanceSpec instance = spec.instances().get(address.instanceKey());
      return instance == null ? Lifecycle.NONE : instance.lifecycle();
    }
    for (IdentitySpec identity : spec.identities().values()) {
      if (address.equals(Addresses.identity(identity.key()))) {
        return identity.lifecycle();
      }
    }
    return Lifecycle.NONE;
  }
}
