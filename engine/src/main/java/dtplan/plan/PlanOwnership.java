package dtplan.plan;

import dtplan.model.DataExplorerPrincipal;
import dtplan.model.Instance;
import dtplan.model.Resource;
import dtplan.model.RoleAssignment;
import dtplan.plan.kinds.Kinds;
import dtplan.spec.InstanceSpec;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a stack may touch: its resource group (instances, identities, and their endpoints, routes
 * and data history connections), role assignments at the scopes its spec names (event hubs of data
 * history connections included), and role assignments it made earlier (their description marks the
 * stack). The last check before apply writes anything, so that no plan, however it was produced,
 * writes outside the stack.
 */
public final class PlanOwnership {
  private PlanOwnership() {}

  /** One line per change that reaches outside the stack; empty when every change is owned. */
  public static List<String> violations(Plan plan, Spec spec) {
    String group = LiveIndex.key(spec.resourceGroupId()) + "/";
    Set<String> scopes = new HashSet<>();
    Set<String> databases = new HashSet<>();
    for (InstanceSpec i : spec.instances().values()) {
      i.roles().forEach(r -> scopes.add(LiveIndex.key(r.scope())));
      if (!i.dataOwners().isEmpty()) {
        scopes.add(LiveIndex.key(spec.instanceId(i)));
      }
      // The event hub role dtplan derives for each data history connection (DataHistoryDesired).
      i.dataHistory().values().forEach(c -> scopes.add(LiveIndex.key(c.eventhub())));
      i.dataHistory().values().forEach(c -> databases.add(LiveIndex.key(c.adx())));
    }
    spec.roleAssignments().values().forEach(a -> scopes.add(LiveIndex.key(a.scope())));
    String marker = DesiredStateBuilder.stackDescription(spec.stack());
    Set<String> principals = instancePrincipals(plan, group);
    List<String> out = new ArrayList<>();
    for (PlannedChange c : plan.changes()) {
      if (c.action() == Action.NO_OP) {
        continue;
      }
      for (Resource r : new Resource[] {c.before(), c.after()}) {
        if (r == null) {
          continue;
        }
        boolean owned;
        if (r instanceof DataExplorerPrincipal p) {
          // On the databases the spec's data history connections name (DataHistoryDesired); or,
          // to delete, an Admin dtplan made (its name says so) for an identity of the group's
          // instances, whose connection left the spec.
          owned =
              databases.contains(LiveIndex.key(p.databaseId()))
                  || r == c.before()
                      && c.after() == null
                      && p.namedByDtplan()
                      && principals.contains(p.principalId().toLowerCase(Locale.ROOT));
        } else if (r instanceof RoleAssignment ra) {
          owned =
              r == c.after()
                  ? scopes.contains(LiveIndex.key(ra.scope())) && marker.equals(ra.description())
                  : marker.equals(ra.description());
        } else {
          String parent = Kinds.of(r).instanceId(r);
          owned = LiveIndex.key(parent != null ? parent : r.id()).startsWith(group);
        }
        if (!owned) {
          out.add(c.address() + ": " + r.id() + " is outside stack " + spec.stack());
        }
      }
    }
    return out;
  }

  /** The principals of the group's instances, as the plan read them. */
  private static Set<String> instancePrincipals(Plan plan, String group) {
    Set<String> out = new HashSet<>();
    for (PlannedChange c : plan.changes()) {
      if (c.before() instanceof Instance i && LiveIndex.key(i.id()).startsWith(group)) {
        i.identity().principalIds().forEach(pid -> out.add(pid.toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }
}
