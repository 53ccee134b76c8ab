package dtplan.plan;

import dtplan.model.ArmId;
import dtplan.model.DataExplorerPrincipal;
import dtplan.model.DataHistoryConnection;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.PrivateEndpoint;
import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.model.Route;
import dtplan.model.UserIdentity;
import dtplan.plan.kinds.EndpointKind;
import dtplan.plan.kinds.Kinds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pairs desired with live resources and decides each one's action and reason. Owned live resources
 * the spec no longer asks for are planned for deletion: instances tagged with the stack, every
 * child of an owned instance, and role assignments whose description marks the stack.
 */
final class Differ {
  private final String stack;
  private final LiveIndex live;
  private final Map<ResourceAddress, Desired> desiredByAddress = new LinkedHashMap<>();
  private final Map<String, String> instanceKeys = new java.util.HashMap<>();
  private Set<ResourceAddress> replaceRequested = Set.of();

  Differ(String stack, LiveIndex live, List<Desired> desired) {
    this.stack = stack;
    this.live = live;
    desired.forEach(d -> desiredByAddress.put(d.address(), d));
    desired.stream()
        .filter(d -> d.resource().kind() == ResourceKind.INSTANCE)
        .forEach(d -> instanceKeys.put(live.keyOf(d.resource().id()), d.address().instanceKey()));
  }

  /** Resources to delete and create again even where an update, or nothing, would do. */
  Differ replacing(Set<ResourceAddress> addresses) {
    this.replaceRequested = Set.copyOf(addresses);
    return this;
  }

  List<PlannedChange> diff() {
    List<PlannedChange> changes = new ArrayList<>(desiredByAddress.size());
    // Sized for every desired resource: a large plan would otherwise rehash it a dozen times.
    Set<String> matchedLive = new HashSet<>(desiredByAddress.size() * 2);
    Set<String> replacedInstances = new LinkedHashSet<>();
    // Instances first: a replaced instance takes everything in it along.
    for (Desired d : desiredByAddress.values()) {
      if (d.resource().kind() == ResourceKind.INSTANCE) {
        PlannedChange change = compare(d, live.instance(d.resource().id()).orElse(null));
        if (change.action() == Action.REPLACE) {
          replacedInstances.add(live.keyOf(d.resource().id()));
        }
        changes.add(change);
        matchedLive.add(live.keyOf(d.resource().id()));
      }
    }
    for (Desired d : desiredByAddress.values()) {
      Resource r = d.resource();
      if (r.kind() == ResourceKind.INSTANCE) {
        continue;
      }
      boolean instanceReplaced = replacedInstances.contains(parentKey(r));
      Resource current = instanceReplaced && !outlivesInstance(r) ? null : findLive(r);
      if (current != null) {
        matchedLive.add(liveKey(current));
      }
      PlannedChange change = compare(d, current);
      changes.add(
          instanceReplaced && current != null
              ? replaced(change, Reason.INSTANCE_REPLACED)
              : change);
    }
    changes.addAll(orphans(matchedLive, replacedInstances));
    return cascadeRouteReplacements(changes);
  }

  private PlannedChange compare(Desired d, Resource current) {
    Resource desired = d.resource();
    Map<String, Value> after = Attributes.of(desired, d.unknowns(), desiredSecrets(desired));
    if (current == null) {
      List<AttributeChange> attrs = new ArrayList<>();
      after.forEach((k, v) -> attrs.add(new AttributeChange(k, null, v, false)));
      Reason reason = isNewPrincipal(d) ? Reason.NEW_PRINCIPAL : Reason.NOT_FOUND;
      return new PlannedChange(
          d.address(), desired.kind(), Action.CREATE, reason, attrs, null, desired, d.unknowns());
    }
    Map<String, Value> before =
        withDestination(Attributes.of(current, Map.of(), liveSecrets(current)), after);
    Map<String, Reason> replaceRules = ReplaceRules.forKind(desired.kind());
    List<AttributeChange> attrs = new ArrayList<>(before.size() + 1);
    Reason replaceReason = null;
    // The live resource's paths, then the spec's it lacks: that order, without a set of both per
    // resource (issue 19).
    for (String path : before.keySet()) {
      replaceReason = addChange(attrs, path, before, after, replaceRules, replaceReason);
    }
    for (String path : after.keySet()) {
      if (!before.containsKey(path)) {
        replaceReason = addChange(attrs, path, before, after, replaceRules, replaceReason);
      }
    }
    String failedState = ReplaceRules.failedState(current);
    if (failedState != null) {
      // Azure leaves a resource whose operation failed as it is; writing the same again is no
      // repair (an endpoint stays one routes cannot target). Only a new one is known to work.
      attrs.add(
          new AttributeChange(
              ReplaceRules.PROVISIONING_STATE,
              Value.of(failedState),
              Value.of(ReplaceRules.SUCCEEDED),
              true));
      replaceReason = Reason.LAST_OPERATION_FAILED;
    }
    if (replaceReason == null && replaceRequested.contains(d.address())) {
      replaceReason = Reason.REPLACE_REQUESTED;
    }
    if (replaceReason != null) {
      return new PlannedChange(
          d.address(),
          desired.kind(),
          Action.REPLACE,
          replaceReason,
          attrs,
          current,
          desired,
          d.unknowns());
    }
    if (!anyChanged(attrs)) {
      return new PlannedChange(
          d.address(),
          desired.kind(),
          Action.NO_OP,
          Reason.NONE,
          attrs,
          current,
          desired,
          d.unknowns());
    }
    return new PlannedChange(
        d.address(),
        desired.kind(),
        Action.UPDATE,
        updateReason(current, attrs),
        attrs,
        current,
        desired,
        d.unknowns());
  }

  /** A loop, not a stream: asked once per resource of the plan (issue 19). */
  private static boolean anyChanged(List<AttributeChange> attrs) {
    for (AttributeChange change : attrs) {
      if (change.changed()) {
        return true;
      }
    }
    return false;
  }

  /** Adds the path's change; the reason to replace, the first found so far or this path's. */
  private static Reason addChange(
      List<AttributeChange> attrs,
      String path,
      Map<String, Value> before,
      Map<String, Value> after,
      Map<String, Reason> replaceRules,
      Reason replaceReason) {
    AttributeChange change = new AttributeChange(path, before.get(path), after.get(path), false);
    if (change.changed() && replaceRules.containsKey(path)) {
      change = new AttributeChange(path, before.get(path), after.get(path), true);
      replaceReason = replaceReason == null ? replaceRules.get(path) : replaceReason;
    }
    attrs.add(change);
    return replaceReason;
  }

  /**
   * A key-based endpoint's destination is in its connection string, which Azure never returns: the
   * live endpoint has the spec's destination exactly when it holds the same connection string (the
   * same fingerprint). Otherwise it is not known (null), and the plan shows the new one as added.
   * Either way the path keeps its place after {@code authenticationType}.
   */
  private static Map<String, Value> withDestination(
      Map<String, Value> before, Map<String, Value> after) {
    Value destination = after.get(EndpointKind.DESTINATION);
    if (destination == null || before.containsKey(EndpointKind.DESTINATION)) {
      return before;
    }
    Value secret = before.get(EndpointKind.CONNECTION_STRING);
    Value known =
        secret != null && secret.equals(after.get(EndpointKind.CONNECTION_STRING))
            ? destination
            : null;
    Map<String, Value> out = new LinkedHashMap<>();
    before.forEach(
        (path, value) -> {
          out.put(path, value);
          if (path.equals("authenticationType")) {
            out.put(EndpointKind.DESTINATION, known);
          }
        });
    if (!out.containsKey(EndpointKind.DESTINATION)) {
      out.put(EndpointKind.DESTINATION, known);
    }
    return out;
  }

  private Reason updateReason(Resource current, List<AttributeChange> attrs) {
    Map<String, String> tags = Kinds.of(current).tags(current);
    if (tags != null && StackOwnership.ownedByOther(tags, stack)) {
      return Reason.OWNED_BY_OTHER_STACK;
    }
    if (tags != null && StackOwnership.stackOf(tags).isEmpty()) {
      return Reason.ADOPT_EXISTING;
    }
    if (Kinds.of(current).driftedOutside(current)) {
      return Reason.CHANGED_OUTSIDE_DTPLAN;
    }
    Reason own = kindReason(current);
    if (own != null) {
      return own;
    }
    List<AttributeChange> changed = attrs.stream().filter(AttributeChange::changed).toList();
    // A key-based endpoint's destination comes with its connection string: part of the secret.
    List<AttributeChange> secrets =
        changed.stream().filter(c -> !c.path().equals(EndpointKind.DESTINATION)).toList();
    boolean onlySecrets =
        secrets.stream().allMatch(c -> isSensitive(c.after()) || isSensitive(c.before()));
    if (onlySecrets && !secrets.isEmpty()) {
      return secrets.stream().anyMatch(c -> c.before() == null)
          ? Reason.SECRET_UNKNOWN
          : Reason.SECRET_CHANGED;
    }
    return Reason.ATTRIBUTES_DIFFER;
  }

  private static <R extends Resource> Reason kindReason(R live) {
    return Kinds.of(live).updateReason(live);
  }

  private static boolean isSensitive(Value v) {
    return v != null && v.isSensitive();
  }

  private boolean isNewPrincipal(Desired d) {
    if (!(d.resource() instanceof RoleAssignment)
        || !d.unknowns().containsKey(DesiredStateBuilder.UNKNOWN_PRINCIPAL)) {
      return false;
    }
    Desired source = desiredByAddress.get(d.unknowns().get(DesiredStateBuilder.UNKNOWN_PRINCIPAL));
    if (source == null || !(source.resource() instanceof Instance instance)) {
      return false;
    }
    return live.instance(instance.id()).map(Differ::hadSystemIdentityBefore).orElse(false);
  }

  /**
   * A system identity enabled now gets a new principal only if there was one before: dtplan knows
   * that when it last wrote the instance with the identity on ({@link AppliedHash}) and it was
   * turned off outside dtplan since. A first enable is just a first principal.
   */
  private static boolean hadSystemIdentityBefore(Instance live) {
    if (live.identity().system()) {
      return false;
    }
    String recorded = live.tags().get(AppliedHash.TAG);
    Instance withIdentity =
        new Instance(
            live.id(),
            live.location(),
            live.tags(),
            new dtplan.model.InstanceIdentity(
                true,
                live.identity().userAssigned(),
                null,
                null,
                live.identity().userPrincipalIds()),
            live.publicNetworkAccess(),
            live.hostName(),
            live.provisioningState());
    return recorded != null && recorded.equals(AppliedHash.of(withIdentity));
  }

  private <R extends Resource> Resource findLive(R desired) {
    return Kinds.of(desired).findLive(desired, live).orElse(null);
  }

  private List<PlannedChange> orphans(Set<String> matchedLive, Set<String> replacedInstances) {
    List<PlannedChange> out = new ArrayList<>();
    for (Instance i : live.response().instances()) {
      String key = live.keyOf(i.id());
      boolean owned = StackOwnership.ownedBy(i.tags(), stack);
      if (!matchedLive.contains(key)) {
        if (owned) {
          out.add(deletion(Addresses.instance(i.name()), i, Reason.NOT_IN_SPEC));
        }
        continue;
      }
      if (replacedInstances.contains(key)) {
        continue;
      }
      String instanceKey = instanceKeyOf(i.id());
      for (Endpoint e : live.endpointsOf(i.id())) {
        if (!matchedLive.contains(liveKey(e))) {
          out.add(deletion(Addresses.endpoint(instanceKey, e.name()), e, Reason.NOT_IN_SPEC));
        }
      }
      for (Route r : live.routesOf(i.id())) {
        if (!matchedLive.contains(liveKey(r))) {
          out.add(deletion(Addresses.route(instanceKey, r.name()), r, Reason.NOT_IN_SPEC));
        }
      }
      for (DataHistoryConnection c : live.dataHistoryOf(i.id())) {
        if (!matchedLive.contains(liveKey(c))) {
          out.add(deletion(Addresses.dataHistory(instanceKey, c.name()), c, Reason.NOT_IN_SPEC));
        }
      }
    }
    // An identity this stack created, still owns and the spec no longer names is deleted; one it
    // adopted is only unlinked (the instances that named it no longer do), never deleted.
    for (UserIdentity u : live.response().userIdentities()) {
      if (!matchedLive.contains(liveKey(u))
          && StackOwnership.ownedBy(u.tags(), stack)
          && StackOwnership.createdBy(u.tags(), stack)) {
        out.add(deletion(Addresses.identity(u.name()), u, Reason.NOT_IN_SPEC));
      }
    }
    for (PrivateEndpoint pe : live.response().privateEndpoints()) {
      if (!matchedLive.contains(liveKey(pe))
          && StackOwnership.ownedBy(pe.tags(), stack)
          && !replacedInstances.contains(live.keyOf(pe.instanceId()))) {
        out.add(
            deletion(
                Addresses.privateEndpoint(instanceKeyOf(pe.instanceId()), pe.name()),
                pe,
                Reason.NOT_IN_SPEC));
      }
    }
    out.addAll(orphanDataExplorerAdmins(matchedLive));
    String marker = DesiredStateBuilder.stackDescription(stack);
    for (RoleAssignment ra : live.response().roleAssignments()) {
      if (marker.equals(ra.description()) && !matchedLive.contains(liveKey(ra))) {
        out.add(deletion(Addresses.orphanRoleAssignment(ra.name()), ra, Reason.NOT_IN_SPEC));
      }
    }
    return out;
  }

  /**
   * The Azure Data Explorer Admin assignments dtplan made (named from database, principal and role,
   * as {@link DataExplorerPrincipal#admin}) for an identity of one of the stack's instances, that
   * no connection of the spec needs any more. They live in the database, so Azure deletes them with
   * neither the connection nor the instance.
   */
  private List<PlannedChange> orphanDataExplorerAdmins(Set<String> matchedLive) {
    Map<String, Instance> instanceByPrincipal = new HashMap<>();
    for (Instance i : live.response().instances()) {
      if (StackOwnership.ownedBy(i.tags(), stack)) {
        i.identity()
            .principalIds()
            .forEach(p -> instanceByPrincipal.put(p.toLowerCase(Locale.ROOT), i));
      }
    }
    List<PlannedChange> out = new ArrayList<>();
    for (DataExplorerPrincipal p : live.response().dataExplorerPrincipals()) {
      Instance owner =
          p.principalId() == null
              ? null
              : instanceByPrincipal.get(p.principalId().toLowerCase(Locale.ROOT));
      if (owner == null || matchedLive.contains(liveKey(p)) || !p.namedByDtplan()) {
        continue;
      }
      // Addressed as the Admin of the live connection that used it, when one is still there.
      String connection =
          live.dataHistoryOf(owner.id()).stream()
              .filter(c -> LiveIndex.key(p.databaseId()).equals(LiveIndex.key(c.databaseId())))
              .map(DataHistoryConnection::name)
              .findFirst()
              .orElse(ArmId.lastSegment(p.databaseId()));
      out.add(
          deletion(
              Addresses.dataHistoryAdxAdmin(instanceKeyOf(owner.id()), connection),
              p,
              Reason.NOT_IN_SPEC));
    }
    return out;
  }

  private static <R extends Resource> boolean outlivesInstance(R r) {
    return Kinds.of(r).outlivesInstance();
  }

  private static PlannedChange replaced(PlannedChange c, Reason reason) {
    return new PlannedChange(
        c.address(),
        c.kind(),
        Action.REPLACE,
        reason,
        c.attributes(),
        c.before(),
        c.after(),
        c.unknowns());
  }

  PlannedChange deletion(ResourceAddress address, Resource current, Reason reason) {
    List<AttributeChange> attrs = new ArrayList<>();
    Attributes.of(current, Map.of(), liveSecrets(current))
        .forEach((k, v) -> attrs.add(new AttributeChange(k, v, null, false)));
    return new PlannedChange(
        address, current.kind(), Action.DELETE, reason, attrs, current, null, Map.of());
  }

  /**
   * Routes that target a replaced endpoint, and still target it after apply, are deleted before it
   * and created again after it, since Azure refuses to delete an endpoint that routes use. A route
   * that moves to another endpoint is not: a route PUT replaces it in place, so it is repointed
   * before the old endpoint goes and never misses an event (the zero-gap rename). Except where the
   * instance has no room for both endpoints at once (Azure allows 6): there the old endpoint must
   * go before the new one exists, so a route moving from one to the other is recreated around them.
   */
  private List<PlannedChange> cascadeRouteReplacements(List<PlannedChange> changes) {
    Set<String> replaced = new HashSet<>();
    Set<String> leaving = new HashSet<>();
    Set<String> arriving = new HashSet<>();
    for (PlannedChange c : changes) {
      if (c.kind() != ResourceKind.ENDPOINT) {
        continue;
      }
      if (c.action() == Action.REPLACE) {
        replaced.add(live.keyOf(c.before()));
      }
      if (c.action() == Action.REPLACE || c.action() == Action.DELETE) {
        leaving.add(live.keyOf(c.before()));
      }
      if (c.action() == Action.CREATE) {
        arriving.add(live.keyOf(c.after()));
      }
    }
    if (leaving.isEmpty()) {
      // Every reason below needs an endpoint that goes: most plans have none, and then the ids of
      // thousands of routes need not be built (issue 19).
      return changes;
    }
    Set<String> full = InstanceLimits.crowded(changes, ResourceKind.ENDPOINT);
    List<PlannedChange> out = new ArrayList<>();
    for (PlannedChange c : changes) {
      Reason reason = null;
      if (c.kind() == ResourceKind.ROUTE
          && (c.action() == Action.NO_OP || c.action() == Action.UPDATE)
          && c.before() instanceof Route before
          && c.after() instanceof Route after) {
        String from = LiveIndex.key(before.instanceId() + "/endpoints/" + before.endpointName());
        String to = LiveIndex.key(after.instanceId() + "/endpoints/" + after.endpointName());
        if (from.equals(to) && replaced.contains(from)) {
          reason = Reason.ENDPOINT_REPLACED;
        } else if (leaving.contains(from)
            && arriving.contains(to)
            && full.contains(InstanceLimits.key(before.instanceId()))) {
          reason = Reason.NO_ROOM_FOR_BOTH_ENDPOINTS;
        }
      }
      out.add(reason == null ? c : replaced(c, reason));
    }
    return out;
  }

  private static <R extends Resource> Map<String, String> desiredSecrets(R r) {
    return Kinds.of(r).desiredSecrets(r);
  }

  private <R extends Resource> Map<String, String> liveSecrets(R r) {
    return Kinds.of(r).liveSecrets(r, live);
  }

  private String instanceKeyOf(String instanceId) {
    String key = instanceKeys.get(live.keyOf(instanceId));
    return key != null ? key : ArmId.lastSegment(instanceId);
  }

  /** The key of the instance the resource lives in, or "" for one that lives on its own. */
  private <R extends Resource> String parentKey(R r) {
    String instanceId = Kinds.of(r).instanceId(r);
    return instanceId == null ? "" : live.keyOf(instanceId);
  }

  private String liveKey(Resource r) {
    return live.keyOf(r);
  }

  Optional<Desired> desired(ResourceAddress address) {
    return Optional.ofNullable(desiredByAddress.get(address));
  }
}
