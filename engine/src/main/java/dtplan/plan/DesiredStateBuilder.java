package dtplan.plan;

import dtplan.diag.SourceLocation;
import dtplan.model.ArmId;
import dtplan.model.AuthType;
import dtplan.model.Destination;
import dtplan.model.Endpoint;
import dtplan.model.EndpointIdentity;
import dtplan.model.EndpointType;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleAssignmentNames;
import dtplan.model.RoleDefinitions;
import dtplan.model.Route;
import dtplan.model.UserIdentity;
import dtplan.spec.DataOwnerSpec;
import dtplan.spec.EndpointSpec;
import dtplan.spec.IdentitySpec;
import dtplan.spec.InstanceSpec;
import dtplan.spec.RoleAssignmentSpec;
import dtplan.spec.RoleSpec;
import dtplan.spec.RouteSpec;
import dtplan.spec.Spec;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the spec asks Azure to hold, as model records: names become ARM ids, destinations become the
 * endpoint URIs Azure wants (read from the destination resources), role names become GUIDs, and
 * identities become principal ids, or "known after apply" where the principal does not exist yet.
 */
final class DesiredStateBuilder {
  static final String UNKNOWN_PRINCIPAL = RoleAssignment.PRINCIPAL_ID;

  private final Spec spec;
  private final LiveIndex live;
  private final List<Consequence> consequences;
  private final List<Desired> out = new ArrayList<>();
  private final Map<String, Instance> desiredInstances = new java.util.HashMap<>();
  private final Map<String, Principal> systemPrincipals = new java.util.HashMap<>();

  /** By namespace endpoint: a stack's endpoints share a few namespaces (issue 19). */
  private final Map<String, String> sbUris = new java.util.HashMap<>();

  DesiredStateBuilder(Spec spec, LiveIndex live, List<Consequence> consequences) {
    this.spec = spec;
    this.live = live;
    this.consequences = consequences;
  }

  List<Desired> build() {
    spec.identities().values().forEach(this::identity);
    spec.instances().values().forEach(this::instance);
    spec.roleAssignments().values().forEach(this::roleAssignment);
    return List.copyOf(out);
  }

  /** Ignored drift is left alone, and the plan says so. */
  private void noteIgnored(ResourceAddress address, List<String> attributes) {
    if (!attributes.isEmpty()) {
      consequences.add(
          Consequence.warning(
              Consequence.Code.CHANGES_IGNORED,
              address,
              String.join(", ", attributes)
                  + (attributes.size() == 1 ? " differs" : " differ")
                  + " from the spec and "
                  + (attributes.size() == 1 ? "is" : "are")
                  + " left alone, as lifecycle.ignoreChanges says"));
    }
  }

  static String stackDescription(String stack) {
    return "Managed by dtplan stack " + stack;
  }

  String instanceId(String key) {
    return spec.instanceId(spec.instances().get(key));
  }

  String identityId(String key) {
    return spec.resourceGroupId()
        + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
        + spec.identities().get(key).name();
  }

  private void identity(IdentitySpec identity) {
    UserIdentity current = live.userIdentity(identityId(identity.key())).orElse(null);
    Map<String, String> liveTags = current == null ? null : current.tags();
    noteIgnored(
        Addresses.identity(identity.key()),
        IgnoredChanges.drifted(identity.tags(), null, liveTags, null, identity.lifecycle()));
    Map<String, String> tags =
        new LinkedHashMap<>(IgnoredChanges.tags(identity.tags(), liveTags, identity.lifecycle()));
    tags.put(SecretTags.STACK_TAG, spec.stack());
    // Created here, or carried as Azure holds it (absent on an adopted identity).
    String createdBy =
        current == null ? spec.stack() : StackOwnership.stackCreating(current.tags()).orElse(null);
    if (createdBy != null) {
      tags.put(StackOwnership.CREATED_TAG, createdBy);
    }
    out.add(
        new Desired(
            Addresses.identity(identity.key()),
            new UserIdentity(identityId(identity.key()), spec.location(), tags, null, null),
            Map.of(),
            identity.at()));
  }

  private void instance(InstanceSpec instance) {
    String id = instanceId(instance.key());
    Instance current = live.instance(id).orElse(null);
    Map<String, String> liveTags = current == null ? null : current.tags();
    String liveAccess = current == null ? null : current.publicNetworkAccess();
    noteIgnored(
        Addresses.instance(instance.key()),
        IgnoredChanges.drifted(
            instance.tags(),
            instance.publicNetworkAccess(),
            liveTags,
            liveAccess,
            instance.lifecycle()));
    String access =
        IgnoredChanges.publicNetworkAccess(
            instance.publicNetworkAccess(), liveAccess, instance.lifecycle());
    Map<String, String> tags =
        new LinkedHashMap<>(IgnoredChanges.tags(instance.tags(), liveTags, instance.lifecycle()));
    tags.put(SecretTags.STACK_TAG, spec.stack());
    for (EndpointSpec e : instance.endpoints().values()) {
      if (!e.secrets().isEmpty()) {
        tags.put(
            SecretTags.tagName(e.name()),
            SecretTags.encode(SecretTags.fingerprints(e.secrets(), id)));
      }
    }
    java.util.Set<String> roleSubscriptions = RoleSubscriptionsTag.of(spec, instance);
    if (!roleSubscriptions.isEmpty()) {
      tags.put(RoleSubscriptionsTag.TAG, RoleSubscriptionsTag.encode(roleSubscriptions));
    }
    if (!instance.dataHistory().isEmpty()) {
      tags.put(DataHistoryTag.TAG, DataHistoryTag.VALUE);
    }
    List<String> users = instance.userIdentities().stream().map(this::identityId).toList();
    InstanceIdentity identity =
        new InstanceIdentity(instance.systemIdentity(), users, null, null, Map.of());
    Instance unrecorded = new Instance(id, spec.location(), tags, identity, access, null, null);
    tags.put(AppliedHash.TAG, AppliedHash.of(unrecorded));
    Instance desired = new Instance(id, spec.location(), tags, identity, access, null, null);
    desiredInstances.put(instance.key(), desired);
    out.add(new Desired(Addresses.instance(instance.key()), desired, Map.of(), instance.at()));
    for (int i = 0; i < instance.roles().size(); i++) {
      RoleSpec role = instance.roles().get(i);
      Principal principal =
          RoleSpec.SYSTEM.equals(role.identity())
              ? systemPrincipal(instance.key())
              : userPrincipal(role.identity());
      addRoleAssignment(
          Addresses.instanceRole(instance.key(), i),
          role.role(),
          role.scope(),
          principal,
          role.at(),
          RoleAssignment.SERVICE_PRINCIPAL);
    }
    for (int i = 0; i < instance.dataOwners().size(); i++) {
      dataOwner(instance, id, i);
    }
    for (EndpointSpec e : instance.endpoints().values()) {
      out.add(endpoint(instance, id, e));
    }
    out.addAll(PrivateEndpointsDesired.of(spec, instance, id, live, consequences));
    DataHistoryDesired dataHistory = new DataHistoryDesired(this);
    instance.dataHistory().values().forEach(c -> out.addAll(dataHistory.of(instance, id, c)));
    if (live.routeReadFailure(id).isPresent()) {
      // Unknown live routes cannot be diffed; DataPlaneAccessChecks says why they are left out.
      return;
    }
    for (RouteSpec r : instance.routes().values()) {
      out.add(
          new Desired(
              Addresses.route(instance.key(), r.name()),
              new Route(id, r.name(), r.endpoint(), r.filter()),
              Map.of(),
              r.at()));
    }
  }

  private void roleAssignment(RoleAssignmentSpec a) {
    Principal principal =
        a.principalIsInstance()
            ? systemPrincipal(a.principalKey())
            : userPrincipal(a.principalKey());
    addRoleAssignment(
        Addresses.roleAssignment(a.key()),
        a.role(),
        a.scope(),
        principal,
        a.at(),
        RoleAssignment.SERVICE_PRINCIPAL);
  }

  /** Azure Digital Twins Data Owner on the instance itself, for one principal of dataOwners. */
  private void dataOwner(InstanceSpec instance, String instanceId, int index) {
    DataOwnerSpec owner = instance.dataOwners().get(index);
    ResourceAddress address = Addresses.dataOwner(instance.key(), index);
    Principal principal;
    String principalType = null;
    if (owner.isCaller()) {
      String caller = live.response().caller().principalId();
      if (caller == null) {
        consequences.add(
            Consequence.error(
                Consequence.Code.CALLER_UNKNOWN,
                address,
                "dtplan cannot tell who the caller is: the credential's token carries no object id"
                    + " (oid claim); name the principal by its object id instead of `caller`"));
        return;
      }
      principal = new Principal(caller.toLowerCase(java.util.Locale.ROOT), null);
    } else if (owner.identityKey() != null) {
      principal = userPrincipal(owner.identityKey());
      principalType = RoleAssignment.SERVICE_PRINCIPAL;
    } else {
      principal = new Principal(owner.objectId().toLowerCase(java.util.Locale.ROOT), null);
    }
    addRoleAssignment(
        address,
        RoleDefinitions.DIGITAL_TWINS_DATA_OWNER,
        instanceId,
        principal,
        owner.at(),
        principalType);
  }

  void addRoleAssignment(
      ResourceAddress address,
      String role,
      String scope,
      Principal principal,
      SourceLocation at,
      String principalType) {
    Optional<String> guid = roleGuid(role);
    if (guid.isEmpty()) {
      consequences.add(
          Consequence.error(
              Consequence.Code.ROLE_NOT_FOUND,
              address,
              "role `"
                  + role
                  + "` is neither built in nor a custom role in subscription "
                  + spec.subscription()));
      return;
    }
    String name =
        principal.id() == null ? null : RoleAssignmentNames.of(scope, principal.id(), guid.get());
    Map<String, ResourceAddress> unknowns =
        principal.id() == null ? Map.of(UNKNOWN_PRINCIPAL, principal.source()) : Map.of();
    out.add(
        new Desired(
            address,
            new RoleAssignment(
                scope,
                principal.id(),
                guid.get(),
                name,
                stackDescription(spec.stack()),
                principalType),
            unknowns,
            at));
  }

  Optional<String> roleGuid(String role) {
    if (RoleDefinitions.isGuid(role)) {
      return Optional.of(role.toLowerCase(java.util.Locale.ROOT));
    }
    return RoleDefinitions.builtInGuid(role).or(() -> live.roleDefinition(role));
  }

  /**
   * The principal of an instance's system identity: the live one if the identity is enabled now and
   * stays enabled on the same instance; otherwise (a first enable, or an instance replaced, whose
   * new identity is a new principal) it only exists after apply.
   */
  Principal systemPrincipal(String instanceKey) {
    // Asked once per role the instance grants, and deciding compares all its attributes; every ask
    // comes after the instance's desired state is known (its own roles, then the stack's).
    return systemPrincipals.computeIfAbsent(instanceKey, this::decideSystemPrincipal);
  }

  private Principal decideSystemPrincipal(String instanceKey) {
    Instance current = live.instance(instanceId(instanceKey)).orElse(null);
    Instance desired = desiredInstances.get(instanceKey);
    if (current != null
        && current.identity().system()
        && current.identity().principalId() != null
        && (desired == null || !ReplaceRules.replaces(current, desired))) {
      return new Principal(current.identity().principalId(), null);
    }
    return new Principal(null, Addresses.instance(instanceKey));
  }

  Principal userPrincipal(String identityKey) {
    return live.userIdentity(identityId(identityKey))
        .filter(u -> u.principalId() != null)
        .map(u -> new Principal(u.principalId(), null))
        .orElse(new Principal(null, Addresses.identity(identityKey)));
  }

  private Desired endpoint(InstanceSpec instance, String instanceId, EndpointSpec e) {
    ResourceAddress address = Addresses.endpoint(instance.key(), e.name());
    EndpointIdentity identity = null;
    String endpointUri = null;
    String entityPath = null;
    String topicEndpoint = e.topicEndpoint();
    String deadLetterUri = null;
    if (e.auth() == AuthType.IDENTITY) {
      identity =
          RoleSpec.SYSTEM.equals(e.identity())
              ? EndpointIdentity.SYSTEM
              : EndpointIdentity.user(identityId(e.identity()));
      Destination namespace = destination(address, e.destination(), "destination");
      endpointUri =
          namespace == null || namespace.serviceBusEndpoint() == null
              ? null
              : sbUris.computeIfAbsent(namespace.serviceBusEndpoint(), h -> sbUri(namespace));
      entityPath = ArmId.lastSegment(e.destination());
    } else if (e.type() == EndpointType.EVENT_GRID && topicEndpoint == null) {
      Destination topic = destination(address, e.destination(), "Event Grid topic");
      topicEndpoint = topic == null ? null : topic.eventGridEndpoint();
    } else {
      ConnectionStringChecks.check(address.toString(), e, consequences);
    }
    if (e.deadLetterContainer() != null) {
      Destination account = destination(address, e.deadLetterContainer(), "dead-letter container");
      if (account != null && account.blobEndpoint() != null) {
        String base =
            account.blobEndpoint().endsWith("/")
                ? account.blobEndpoint()
                : account.blobEndpoint() + "/";
        deadLetterUri = base + ArmId.lastSegment(e.deadLetterContainer());
      }
    }
    return new Desired(
        address,
        new Endpoint(
            instanceId,
            e.name(),
            e.type(),
            e.auth(),
            identity,
            endpointUri,
            entityPath,
            topicEndpoint,
            deadLetterUri,
            e.secrets(),
            null),
        Map.of(),
        e.at());
  }

  /**
   * The {@code sb://<namespace host>/} Azure wants for an identity-based event hub, from its
   * namespace's {@code serviceBusEndpoint}; null when that is unknown.
   */
  static String sbUri(Destination namespace) {
    return namespace == null || namespace.serviceBusEndpoint() == null
        ? null
        : "sb://" + URI.create(namespace.serviceBusEndpoint()).getHost() + "/";
  }

  /** The destination as read, or null with an error when Azure does not have it. */
  Destination destination(ResourceAddress address, String id, String what) {
    if (id == null) {
      return null;
    }
    Destination d = live.destination(id).orElse(Destination.missing(id));
    if (!d.exists()) {
      consequences.add(
          Consequence.error(
              Consequence.Code.DESTINATION_NOT_FOUND,
              address,
              "the " + what + " " + id + " does not exist (or dtplan may not read it)"));
      return null;
    }
    return d;
  }

  record Principal(String id, ResourceAddress source) {}
}
