package dtplan.plan;

import dtplan.model.ArmId;
import dtplan.model.AuthType;
import dtplan.model.Endpoint;
import dtplan.model.EndpointType;
import dtplan.model.Instance;
import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.spec.EndpointSpec;
import dtplan.spec.InstanceSpec;
import dtplan.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The checks no generic tool makes: will each identity-based endpoint still deliver once the plan
 * is applied? It needs its identity enabled and a sufficient data role on its destination (and on
 * its dead-letter container) at that scope or above. Computed from the state after apply: desired
 * resources plus the live role assignments the plan keeps, foreign ones included.
 */
final class DeliveryChecks {
  private final Spec spec;
  private final List<PlannedChange> changes;
  private final List<Consequence> out;

  private final Map<ResourceAddress, PlannedChange> byAddress;
  private final Map<String, List<PlannedChange>> assignmentsByPrincipal = new java.util.HashMap<>();
  private final Map<ResourceAddress, List<PlannedChange>> assignmentsBySource =
      new java.util.HashMap<>();

  /** {@code byAddress}: the changes by address ({@link Planner#byAddress}). */
  DeliveryChecks(
      Spec spec,
      List<PlannedChange> changes,
      Map<ResourceAddress, PlannedChange> byAddress,
      List<Consequence> out) {
    this.spec = spec;
    this.changes = changes;
    this.byAddress = byAddress;
    this.out = out;
    for (PlannedChange c : changes) {
      if (c.kind() != ResourceKind.ROLE_ASSIGNMENT) {
        continue;
      }
      ResourceAddress source = c.unknowns().get(DesiredStateBuilder.UNKNOWN_PRINCIPAL);
      if (source != null) {
        assignmentsBySource.computeIfAbsent(source, k -> new ArrayList<>()).add(c);
      }
      java.util.Set<String> principals = new java.util.HashSet<>();
      for (dtplan.model.Resource r : new dtplan.model.Resource[] {c.before(), c.after()}) {
        if (r instanceof RoleAssignment ra && ra.principalId() != null) {
          principals.add(ra.principalId().toLowerCase(java.util.Locale.ROOT));
        }
      }
      principals.forEach(
          p -> assignmentsByPrincipal.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
    }
  }

  void run(LiveIndex live) {
    for (PlannedChange c : changes) {
      if (c.kind() == ResourceKind.ENDPOINT && c.action() == Action.REPLACE) {
        deliveryGap(c);
      }
      if (c.kind() == ResourceKind.INSTANCE && c.action().isDestructive()) {
        out.add(
            Consequence.warning(
                Consequence.Code.DESTROYS_TWIN_DATA, c.address(), destroysTwinData(c)));
      }
      // A Failed endpoint is replaced (LAST_OPERATION_FAILED) and one leaving the spec is deleted:
      // only one the plan keeps as it is stays unhealthy after apply.
      if (c.kind() == ResourceKind.ENDPOINT
          && !c.action().isDestructive()
          && c.before() instanceof Endpoint e
          && isUnhealthy(e.provisioningState())) {
        out.add(
            Consequence.warning(
                Consequence.Code.ENDPOINT_NOT_HEALTHY,
                c.address(),
                "Azure reports this endpoint as "
                    + e.provisioningState()
                    + "; it delivers nothing until that is fixed (dtplan replaces only an"
                    + " endpoint whose last operation failed)"));
      }
      if (c.kind() == ResourceKind.ROLE_ASSIGNMENT && c.reason() == Reason.NEW_PRINCIPAL) {
        out.add(
            Consequence.warning(
                Consequence.Code.PRINCIPAL_RECREATED,
                c.address(),
                "the system identity is enabled anew with a new principal id; this role assignment is created for it"));
      }
    }
    for (InstanceSpec instance : spec.instances().values()) {
      Instance after = instanceAfter(Addresses.instance(instance.key()));
      if (after == null) {
        continue;
      }
      for (EndpointSpec e : instance.endpoints().values()) {
        if (e.auth() == AuthType.IDENTITY) {
          checkEndpoint(instance, after, e);
        }
      }
      new DataHistoryChecks(this, out).check(instance, after);
    }
  }

  /**
   * A replaced endpoint: with another authentication type, delivery may take up to an hour to
   * resume (DOMAIN.md §7); and while its routes are deleted and recreated, events they select are
   * lost. A failed endpoint delivered nothing before, so replacing it opens no gap. Where routes
   * use it, the hint names the rename that avoids the gap.
   */
  private void deliveryGap(PlannedChange c) {
    List<String> routes = RenameHint.recreatedRoutes(c, changes);
    String message;
    if (c.reason() == Reason.AUTH_TYPE_CANNOT_CHANGE_IN_PLACE) {
      message =
          "the endpoint is deleted and created again with "
              + ((Endpoint) c.after()).auth().armName()
              + " authentication; event delivery may take up to an hour to resume";
    } else if (!routes.isEmpty() && c.reason() != Reason.LAST_OPERATION_FAILED) {
      message =
          "the endpoint is deleted and created again ("
              + c.reason().text()
              + "); events its "
              + (routes.size() == 1 ? "route " : "routes ")
              + String.join(", ", routes)
              + " select are not delivered until "
              + (routes.size() == 1 ? "it is" : "they are")
              + " recreated";
    } else {
      return;
    }
    Consequence gap = Consequence.warning(Consequence.Code.DELIVERY_GAP, c.address(), message);
    out.add(routes.isEmpty() ? gap : gap.withHint(RenameHint.of(c, routes, changes)));
  }

  private void checkEndpoint(InstanceSpec instance, Instance after, EndpointSpec e) {
    ResourceAddress address = Addresses.endpoint(instance.key(), e.name());
    Endpoint endpoint = (Endpoint) changeAt(address).after();
    boolean system = endpoint.identity().isSystem();
    boolean enabled =
        system
            ? after.identity().system()
            : after.identity().hasUser(endpoint.identity().userAssignedIdentity());
    String identityName =
        system
            ? "the system identity of " + instance.key()
            : "identity " + ArmId.lastSegment(endpoint.identity().userAssignedIdentity());
    if (!enabled) {
      out.add(
          Consequence.error(
              Consequence.Code.IDENTITY_DISABLED,
              address,
              "the endpoint authenticates with "
                  + identityName
                  + ", which will not be enabled on the instance; it would deliver nothing"));
      return;
    }
    Predicate<String> sends =
        e.type() == EndpointType.EVENT_HUB
            ? RoleDefinitions::sendsToEventHubs
            : RoleDefinitions::sendsToServiceBus;
    ResourceAddress principalSource =
        system
            ? Addresses.instance(instance.key())
            : identityAddress(endpoint.identity().userAssignedIdentity());
    String principal = principalOf(principalSource);
    checkRole(
        address,
        identityName,
        principalSource,
        principal,
        e.destination(),
        sends,
        RoleDefinitions.suggestedFor(e.type()),
        "events will not be delivered");
    if (e.deadLetterContainer() != null) {
      checkRole(
          address,
          identityName,
          principalSource,
          principal,
          e.deadLetterContainer(),
          RoleDefinitions::writesBlobs,
          "Storage Blob Data Contributor",
          "undeliverable events will not be dead-lettered");
    }
  }

  void checkRole(
      ResourceAddress address,
      String identityName,
      ResourceAddress principalSource,
      String principal,
      String target,
      Predicate<String> sufficient,
      String suggested,
      String effect) {
    List<PlannedChange> granting = new ArrayList<>();
    boolean grantedAfter = false;
    for (PlannedChange c : assignmentChangesOf(principal, principalSource)) {
      RoleAssignment before = (RoleAssignment) c.before();
      RoleAssignment afterRa = (RoleAssignment) c.after();
      if (afterRa != null
          && sufficient.test(afterRa.roleDefinitionId())
          && afterRa.covers(target)
          && grants(afterRa, c.unknowns(), principal, principalSource)) {
        grantedAfter = true;
      }
      if (c.action() == Action.DELETE
          && before != null
          && sufficient.test(before.roleDefinitionId())
          && before.covers(target)
          && principal != null
          && principal.equalsIgnoreCase(before.principalId())) {
        granting.add(c);
      }
    }
    if (!grantedAfter && principal != null) {
      grantedAfter = foreignGrants(principal, target, sufficient);
    }
    if (grantedAfter) {
      return;
    }
    if (!granting.isEmpty()) {
      for (PlannedChange removed : granting) {
        out.add(
            Consequence.warning(
                Consequence.Code.ROLE_REMOVED,
                removed.address(),
                "removing this role leaves endpoint "
                    + address
                    + " without a sufficient role on "
                    + target
                    + "; "
                    + effect));
      }
    }
    out.add(
        Consequence.warning(
            Consequence.Code.ROLE_MISSING,
            address,
            identityName
                + " has no "
                + suggested
                + " (or Data Owner) role on "
                + target
                + " or any scope above it; "
                + effect
                + ". Owner and Contributor do not grant data access."));
  }

  private boolean grants(
      RoleAssignment ra,
      Map<String, ResourceAddress> unknowns,
      String principal,
      ResourceAddress principalSource) {
    if (unknowns.containsKey(DesiredStateBuilder.UNKNOWN_PRINCIPAL)) {
      return java.util.Objects.equals(
          principalSource, unknowns.get(DesiredStateBuilder.UNKNOWN_PRINCIPAL));
    }
    return principal != null && principal.equalsIgnoreCase(ra.principalId());
  }

  /** Live assignments the plan does not touch (those not matched to the spec are foreign). */
  private boolean foreignGrants(String principal, String target, Predicate<String> sufficient) {
    return liveUntouchedByPrincipal
        .getOrDefault(principal.toLowerCase(java.util.Locale.ROOT), List.of())
        .stream()
        .anyMatch(
            ra ->
                principal.equalsIgnoreCase(ra.principalId())
                    && sufficient.test(ra.roleDefinitionId())
                    && ra.covers(target));
  }

  private Map<String, List<RoleAssignment>> liveUntouchedByPrincipal = Map.of();

  DeliveryChecks withUntouchedAssignments(List<RoleAssignment> untouched) {
    this.liveUntouchedByPrincipal =
        untouched.stream()
            .filter(ra -> ra.principalId() != null)
            .collect(
                java.util.stream.Collectors.groupingBy(
                    ra -> ra.principalId().toLowerCase(java.util.Locale.ROOT)));
    return this;
  }

  /**
   * The role assignment changes for one principal: by its id, or, while it does not exist yet, by
   * the address that will create it. Indexed once, since every identity-based endpoint asks.
   */
  private List<PlannedChange> assignmentChangesOf(
      String principal, ResourceAddress principalSource) {
    List<PlannedChange> found =
        new ArrayList<>(assignmentsBySource.getOrDefault(principalSource, List.of()));
    if (principal != null) {
      found.addAll(
          assignmentsByPrincipal.getOrDefault(
              principal.toLowerCase(java.util.Locale.ROOT), List.of()));
    }
    return found;
  }

  String principalOf(ResourceAddress source) {
    PlannedChange c = changeAt(source);
    if (c == null) {
      return null;
    }
    if (c.action() == Action.CREATE || c.action() == Action.REPLACE) {
      return null;
    }
    if (c.before() instanceof Instance i) {
      return i.identity().system() ? i.identity().principalId() : null;
    }
    if (c.before() instanceof dtplan.model.UserIdentity u) {
      return u.principalId();
    }
    return null;
  }

  /** The spec's address of a user identity, or null for one the spec does not declare. */
  ResourceAddress identityAddress(String userIdentityId) {
    return spec.identities().values().stream()
        .filter(i -> ArmId.lastSegment(userIdentityId).equalsIgnoreCase(i.name()))
        .map(i -> Addresses.identity(i.key()))
        .findFirst()
        .orElse(null);
  }

  private Instance instanceAfter(ResourceAddress address) {
    PlannedChange c = changeAt(address);
    return c == null ? null : (Instance) c.after();
  }

  PlannedChange changeAt(ResourceAddress address) {
    return byAddress.get(address);
  }

  private static boolean isUnhealthy(String state) {
    return "Disabled".equalsIgnoreCase(state)
        || dtplan.model.ProvisioningStates.lastOperationFailed(state);
  }

  /**
   * Replacing an instance whose last operation failed deletes it like any other: dtplan cannot know
   * what it holds, so the same warning and the same apply flag apply. Only when it never got a host
   * name (its creation failed) can it be said to hold nothing, and the warning says so.
   */
  private static String destroysTwinData(PlannedChange c) {
    Instance before = (Instance) c.before();
    String flag = "apply needs --allow-instance-deletion";
    if (c.reason() != Reason.LAST_OPERATION_FAILED) {
      return "deleting instance "
          + before.name()
          + " destroys all its twins, relationships and models; "
          + flag;
    }
    String replaced =
        "instance "
            + before.name()
            + " is replaced because its last operation failed (provisioningState "
            + before.provisioningState()
            + "); ";
    return before.hostName() == null
        ? replaced
            + "it has no host name, so its creation never finished and it holds no twins; "
            + flag
        : replaced + "deleting it destroys all its twins, relationships and models; " + flag;
  }
}
