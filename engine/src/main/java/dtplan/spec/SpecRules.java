package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dtplan.diag.Diagnostics;
import dtplan.diag.SourceLocation;
import dtplan.model.AuthType;
import dtplan.model.ConnectionString;
import dtplan.model.EndpointType;
import dtplan.model.RoleDefinitions;
import dtplan.model.Secret;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Azure's rules and the spec's own references, checked before any network call, so that a plan
 * never starts from a spec Azure would refuse halfway through an apply. Each finding points at the
 * value that is wrong (the route's {@code endpoint:}, not the route).
 */
final class SpecRules {
  private final Spec spec;
  private final JsonNode tree;
  private final Locations locations;
  private final Diagnostics diagnostics;
  private boolean subscriptionValid;

  SpecRules(Spec spec, JsonNode tree, Locations locations, Diagnostics diagnostics) {
    this.spec = spec;
    this.tree = tree;
    this.locations = locations;
    this.diagnostics = diagnostics;
  }

  void check() {
    checkSubscription();
    for (IdentitySpec identity : spec.identities().values()) {
      String p = Locations.child("/identities", identity.key());
      checkName(Names.IDENTITY, identity.name(), () -> locations.ofValueOrKey(p + "/name", p));
      checkTags(identity.tags(), p, TagLimits.dtplanTagsOnIdentity());
      checkLifecycle(identity.lifecycle(), p, false);
    }
    Map<String, String> instanceNames = new HashMap<>();
    for (InstanceSpec instance : spec.instances().values()) {
      checkInstance(instance, instanceNames);
    }
    new PrivateEndpointRules(this, spec, locations, diagnostics).check();
    spec.roleAssignments().values().forEach(this::checkRoleAssignment);
    if (spec.lock() != null) {
      checkArmId(
          spec.lock().container(),
          ArmIdShape.BLOB_CONTAINER,
          () -> locations.of("/lock/container"),
          () -> "`lock.container`");
    }
  }

  private void checkSubscription() {
    subscriptionValid = Names.SUBSCRIPTION.matcher(spec.subscription()).matches();
    if (!subscriptionValid) {
      boolean fromSpec =
          locations.has("/azure/subscription")
              && spec.subscription().equals(tree.path("azure").path("subscription").asText());
      diagnostics.error(
          fromSpec ? locations.of("/azure/subscription") : locations.ofKey("/azure"),
          (fromSpec ? "`azure.subscription`: " : "the subscription given to dtplan: ")
              + "`"
              + spec.subscription()
              + "` is not a subscription id",
          "expected a GUID such as 00000000-0000-0000-0000-000000000000");
    }
  }

  private void checkInstance(InstanceSpec instance, Map<String, String> seenNames) {
    String p = Locations.child("/instances", instance.key());
    Supplier<SourceLocation> nameAt = () -> locations.ofValueOrKey(p + "/name", p);
    checkName(Names.INSTANCE, instance.name(), nameAt);
    String previous =
        seenNames.putIfAbsent(instance.name().toLowerCase(Locale.ROOT), instance.key());
    if (previous != null) {
      diagnostics.error(
          nameAt.get(),
          "instance `"
              + instance.key()
              + "` has the same Azure name `"
              + instance.name()
              + "` as instance `"
              + previous
              + "` (names ignore case)",
          "give one of them another `name:`");
    }
    Set<String> roleSubscriptions = RoleScopes.otherSubscriptions(spec, instance);
    checkTags(instance.tags(), p, TagLimits.dtplanTagsOn(instance, roleSubscriptions));
    checkLifecycle(instance.lifecycle(), p, true);
    int elsewhere = roleSubscriptions.size();
    if (elsewhere > TagLimits.MAX_ROLE_SUBSCRIPTIONS) {
      diagnostics.error(
          locations.ofKey(p),
          "instance `"
              + instance.key()
              + "` holds roles in "
              + elsewhere
              + " subscriptions besides the stack's; dtplan records them in one tag, which fits "
              + TagLimits.MAX_ROLE_SUBSCRIPTIONS,
          "grant the roles at fewer scopes, e.g. one management group");
    }
    List<String> users = instance.userIdentities();
    for (int i = 0; i < users.size(); i++) {
      if (!spec.identities().containsKey(users.get(i))) {
        unknownReference(
            locations.of(p + "/identity/user/" + i),
            "instance `" + instance.key() + "` links",
            "identity",
            users.get(i),
            spec.identities().keySet());
      }
    }
    List<RoleSpec> roles = instance.roles();
    for (int i = 0; i < roles.size(); i++) {
      // A role's pointer and names are built only for a finding: a large spec grants thousands.
      int index = i;
      RoleSpec role = roles.get(i);
      checkIdentityChoice(
          instance,
          role.identity(),
          () -> locations.ofValueOrKey(p + "/roles/" + index + "/identity", p + "/roles/" + index),
          () -> "role `" + role.role() + "`");
      checkRole(role.role(), () -> locations.of(p + "/roles/" + index + "/role"));
      checkArmId(
          role.scope(),
          ArmIdShape.SCOPE,
          () -> locations.of(p + "/roles/" + index + "/scope"),
          () -> "`scope` of role `" + role.role() + "`");
    }
    for (DataOwnerSpec owner : instance.dataOwners()) {
      checkDataOwner(owner);
    }
    for (EndpointSpec endpoint : instance.endpoints().values()) {
      checkEndpoint(instance, endpoint, Locations.child(p + "/endpoints", endpoint.name()));
    }
    new DataHistoryRules(this, locations, diagnostics).check(instance, p);
    for (RouteSpec route : instance.routes().values()) {
      String r = Locations.child(p + "/routes", route.name());
      checkName(Names.ROUTE, route.name(), () -> locations.ofKey(r));
      RouteFilterRule.check(route, r, locations, diagnostics);
      if (!instance.endpoints().containsKey(route.endpoint())) {
        unknownReference(
            locations.of(r + "/endpoint"),
            "route `" + route.name() + "` targets",
            "endpoint",
            route.endpoint(),
            instance.endpoints().keySet());
      }
    }
  }

  private void checkEndpoint(InstanceSpec instance, EndpointSpec e, String p) {
    String where = "endpoint `" + e.name() + "`";
    checkName(Names.ENDPOINT, e.name(), () -> locations.ofKey(p));
    boolean identity = e.auth() == AuthType.IDENTITY;
    if (identity && e.type() == EndpointType.EVENT_GRID) {
      diagnostics.error(
          locations.of(p + "/auth"),
          where + ": Event Grid endpoints cannot use identity-based authentication",
          "use `auth: key` with `accessKey`, or an Event Hubs / Service Bus endpoint");
      return;
    }
    String destinationKey = e.type() == EndpointType.EVENT_HUB ? "eventhub" : "topic";
    ArmIdShape shape =
        switch (e.type()) {
          case EVENT_HUB -> ArmIdShape.EVENT_HUB;
          case SERVICE_BUS -> ArmIdShape.SERVICE_BUS_TOPIC;
          case EVENT_GRID -> ArmIdShape.EVENT_GRID_TOPIC;
        };
    if (e.destination() != null) {
      checkArmId(
          e.destination(),
          shape,
          () -> locations.of(p + "/" + destinationKey),
          () -> "`" + destinationKey + "` of " + where);
    }
    if (identity) {
      checkIdentityChoice(
          instance,
          e.identity(),
          () -> locations.ofValueOrKey(p + "/identity", p + "/auth"),
          () -> where);
      if (e.destination() == null) {
        diagnostics.error(
            locations.ofKey(p),
            where + ": an identity-based endpoint needs `" + destinationKey + ":`, its ARM id",
            "add `" + destinationKey + ": " + shape.template() + "`");
      }
      // The binder read both (the schema lets only strings through), as it read the SAS below.
      identityTakesNo(e.secrets().primary(), "connectionString", p, where);
      identityTakesNo(e.secrets().secondary(), "secondaryConnectionString", p, where);
      if (e.secrets().deadLetter() != null) {
        diagnostics.error(
            locations.ofKey(p + "/deadLetter/secret"),
            where
                + ": an identity-based endpoint dead-letters to `deadLetter.container`, not a SAS",
            "use `deadLetter: {container: <blob container id>}`");
      }
    } else {
      String secretKey = e.type() == EndpointType.EVENT_GRID ? "accessKey" : "connectionString";
      if (e.secrets().primary() == null) {
        diagnostics.error(
            locations.ofKey(p),
            where + ": a key-based endpoint needs `" + secretKey + "`",
            "add `"
                + secretKey
                + ": ${env:NAME}`"
                + (e.type() == EndpointType.EVENT_GRID ? "" : ", or use `auth: identity`"));
      }
      if (e.type() == EndpointType.EVENT_GRID
          && e.topicEndpoint() == null
          && e.destination() == null) {
        diagnostics.error(
            locations.ofKey(p),
            where + ": an Event Grid endpoint needs `topic` or `topicEndpoint`",
            "add `topic: " + ArmIdShape.EVENT_GRID_TOPIC.template() + "`");
      }
      if (e.deadLetterContainer() != null) {
        diagnostics.error(
            locations.ofKey(p + "/deadLetter/container"),
            where + ": a key-based endpoint dead-letters to `deadLetter.secret` (a SAS URL)",
            "use `deadLetter: {secret: \"${env:NAME}\"}`, or `auth: identity`");
      }
      if (e.type() != EndpointType.EVENT_GRID) {
        checkLiteralConnectionString(e.secrets().primary(), p + "/connectionString", where);
        checkLiteralConnectionString(
            e.secrets().secondary(), p + "/secondaryConnectionString", where);
      }
    }
    if (e.deadLetterContainer() != null) {
      checkArmId(
          e.deadLetterContainer(),
          ArmIdShape.BLOB_CONTAINER,
          () -> locations.of(p + "/deadLetter/container"),
          () -> "`deadLetter.container` of " + where);
    }
  }

  private void identityTakesNo(Secret secret, String field, String p, String where) {
    if (secret != null) {
      diagnostics.error(
          locations.ofKey(p + "/" + field),
          where + ": an identity-based endpoint takes no `" + field + "`",
          "remove it, or use `auth: key`");
    }
  }

  /**
   * A connection string written into the spec is checked here; one from {@code ${env:…}} or {@code
   * ${var.…}} only when a plan has its value (validate needs no secret values). The message never
   * quotes the value: it is a secret.
   */
  private void checkLiteralConnectionString(Secret secret, String pointer, String where) {
    if (secret == null || !secret.source().startsWith("literal at ")) {
      return;
    }
    ConnectionString.Parsed parsed = ConnectionString.parse(secret.reveal());
    if (!parsed.ok()) {
      String field = pointer.substring(pointer.lastIndexOf('/') + 1);
      diagnostics.error(
          locations.of(pointer),
          where + ": `" + field + "` " + parsed.problem(),
          "expected " + ConnectionString.SHAPE + "; write it as ${env:NAME}, not into the spec");
    }
  }

  private void checkRoleAssignment(RoleAssignmentSpec a) {
    String p = Locations.child("/roleAssignments", a.key());
    String where = "role assignment `" + a.key() + "`";
    SourceLocation principalAt = locations.of(p + "/principal");
    String key = a.principalKey();
    if (a.principalIsInstance()) {
      InstanceSpec instance = spec.instances().get(key);
      if (instance == null) {
        unknownReference(
            principalAt, where + ": principal names", "instance", key, spec.instances().keySet());
      } else if (!instance.systemIdentity()) {
        diagnostics.error(
            principalAt,
            where + ": instance `" + key + "` has no system identity",
            "set `identity: {system: true}` on instance `" + key + "`");
      }
    } else if (!spec.identities().containsKey(key)) {
      unknownReference(
          principalAt, where + ": principal names", "identity", key, spec.identities().keySet());
    }
    checkRole(a.role(), () -> locations.of(p + "/role"));
    checkArmId(
        a.scope(), ArmIdShape.SCOPE, () -> locations.of(p + "/scope"), () -> "`scope` of " + where);
  }

  private void checkDataOwner(DataOwnerSpec owner) {
    if (owner.isCaller() || owner.objectId() != null) {
      return;
    }
    String key = owner.identityKey();
    if (key != null) {
      if (!spec.identities().containsKey(key)) {
        unknownReference(
            owner.at(), "`dataOwners` names", "identity", key, spec.identities().keySet());
      }
      return;
    }
    diagnostics.error(
        owner.at(),
        "`dataOwners` entry `" + owner.principal() + "` names no principal",
        "expected `caller`, `identities.<key>` or an object id (GUID)");
  }

  /** `system` needs the system identity enabled; a user key needs that identity linked. */
  void checkIdentityChoice(
      InstanceSpec instance, String choice, Supplier<SourceLocation> at, Supplier<String> what) {
    if (RoleSpec.SYSTEM.equals(choice)) {
      if (!instance.systemIdentity()) {
        diagnostics.error(
            at.get(),
            what.get()
                + " uses the system identity of instance `"
                + instance.key()
                + "`, which is not enabled",
            "set `identity: {system: true}` on the instance");
      }
    } else if (!instance.userIdentities().contains(choice)) {
      diagnostics.error(
          at.get(),
          what.get()
              + " uses identity `"
              + choice
              + "`, which instance `"
              + instance.key()
              + "` does not link",
          spec.identities().containsKey(choice)
              ? "add `" + choice + "` to `identity.user` of the instance"
              : suggestion(
                  choice,
                  instance.userIdentities(),
                  "use `system` or a key listed in `identity.user`"));
    }
  }

  private void checkRole(String role, Supplier<SourceLocation> at) {
    if (RoleDefinitions.isGuid(role) || RoleDefinitions.builtInGuid(role).isPresent()) {
      return;
    }
    String near = Suggest.nearest(role, RoleDefinitions.builtIns().keySet());
    if (near != null) {
      diagnostics.error(
          at.get(), "unknown built-in role `" + role + "`", "did you mean `" + near + "`?");
    }
    // Any other name is taken for a custom role; the plan looks it up in Azure.
  }

  /** {@code field} names the id in a finding; built only for one (a spec names thousands). */
  void checkArmId(
      String id, ArmIdShape shape, Supplier<SourceLocation> at, Supplier<String> field) {
    String problem = ArmIdProblems.problem(id, shape);
    if (problem == null) {
      return;
    }
    // An invalid subscription is reported once, not again in every id built from it.
    if (!subscriptionValid && spec.subscription().equals(ArmIdProblems.subscriptionOf(id))) {
      return;
    }
    diagnostics.error(
        at.get(),
        field.get() + (problem.startsWith("names ") ? " " : ": ") + problem,
        "expected " + shape.template());
  }

  void checkName(NameRule rule, String name, Supplier<SourceLocation> at) {
    String problem = rule.problem(name);
    if (problem != null) {
      diagnostics.error(
          at.get(), rule.what() + " name `" + name + "` " + problem, "expected " + rule.expected());
    }
  }

  /** The schema has the shape; what it cannot say is which resource may have which setting. */
  private void checkLifecycle(Lifecycle lifecycle, String owner, boolean instance) {
    List<String> ignored = lifecycle.ignoreChanges();
    for (int i = 0; i < ignored.size(); i++) {
      String attribute = ignored.get(i);
      SourceLocation at = locations.of(owner + "/lifecycle/ignoreChanges/" + i);
      if (attribute.toLowerCase(Locale.ROOT).startsWith("tags.dtplan-")) {
        diagnostics.error(
            at,
            "`" + attribute + "` is one of dtplan's own tags, which it must keep managing",
            "ignore the tags you set yourself, or `tags` for all of them");
      } else if (!instance && attribute.equals(Lifecycle.PUBLIC_NETWORK_ACCESS)) {
        diagnostics.error(
            at,
            "a user-assigned identity has no `publicNetworkAccess` to ignore",
            "ignore `tags` or `tags.<name>`");
      }
    }
    if (!instance && !lifecycle.unmanaged().isEmpty()) {
      diagnostics.error(
          locations.of(owner + "/lifecycle/unmanaged"),
          "`unmanaged` is for an instance's endpoints and routes; an identity has none",
          "move it to the instance shared with other teams");
    }
  }

  private void checkTags(Map<String, String> tags, String owner, int dtplanTags) {
    for (String k : tags.keySet()) {
      String at = Locations.child(owner + "/tags", k);
      if (k.toLowerCase(Locale.ROOT).startsWith("dtplan-")) {
        diagnostics.error(
            locations.ofKey(at),
            "tag `" + k + "` is reserved: dtplan writes tags starting with dtplan-",
            "rename the tag");
      }
      String problem = TagLimits.nameProblem(k);
      if (problem != null) {
        diagnostics.error(locations.ofKey(at), "tag name `" + k + "` " + problem, TagLimits.HINT);
      }
    }
    if (tags.size() + dtplanTags > TagLimits.MAX_TAGS) {
      diagnostics.error(
          locations.of(owner + "/tags"),
          tags.size()
              + " tags and the "
              + dtplanTags
              + " dtplan writes itself exceed Azure's limit of "
              + TagLimits.MAX_TAGS
              + " tags on a resource",
          "remove "
              + (tags.size() + dtplanTags - TagLimits.MAX_TAGS == 1
                  ? "a tag"
                  : "at least " + (tags.size() + dtplanTags - TagLimits.MAX_TAGS) + " tags"));
    }
  }

  private void unknownReference(
      SourceLocation at, String what, String kind, String name, Collection<String> known) {
    diagnostics.error(
        at,
        what + " " + kind + " `" + name + "`, which is not defined",
        suggestion(
            name,
            known,
            known.isEmpty() ? "define it first" : "defined: " + String.join(", ", known)));
  }

  private static String suggestion(String name, Collection<String> known, String otherwise) {
    String near = Suggest.nearest(name, known);
    return near != null ? "did you mean `" + near + "`?" : otherwise;
  }
}
