package dtplan.spec;

import dtplan.diag.Diagnostics;
import dtplan.diag.SourceLocation;
import dtplan.model.AuthType;
import dtplan.model.EndpointType;
import dtplan.model.RoleDefinitions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Azure's rules and the spec's own references, checked before any network call, so that a plan
 * never starts from a spec Azure would refuse halfway through an apply.
 */
final class SpecRules {
  private final Spec spec;
  private final Diagnostics diagnostics;

  SpecRules(Spec spec, Diagnostics diagnostics) {
    this.spec = spec;
    this.diagnostics = diagnostics;
  }

  void check(SourceLocation subscriptionAt) {
    if (!Names.SUBSCRIPTION.matcher(spec.subscription()).matches()) {
      diagnostics.error(
          subscriptionAt,
          "`azure.subscription`: `" + spec.subscription() + "` is not a subscription id",
          "expected a GUID such as 00000000-0000-0000-0000-000000000000");
    }
    Map<String, String> instanceNames = new HashMap<>();
    spec.identities().values().forEach(this::checkIdentity);
    for (InstanceSpec instance : spec.instances().values()) {
      checkInstance(instance, instanceNames);
    }
    spec.roleAssignments().values().forEach(this::checkRoleAssignment);
  }

  private void checkIdentity(IdentitySpec identity) {
    checkTags(identity.tags(), identity.at());
  }

  private void checkInstance(InstanceSpec instance, Map<String, String> seenNames) {
    String where = "instance `" + instance.key() + "`";
    if (!Names.INSTANCE.matcher(instance.name()).matches()) {
      diagnostics.error(
          instance.at(),
          where + ": `" + instance.name() + "` is not a valid instance name",
          "expected " + Names.INSTANCE_EXPECTED);
    }
    String previous =
        seenNames.putIfAbsent(instance.name().toLowerCase(Locale.ROOT), instance.key());
    if (previous != null) {
      diagnostics.error(
          instance.at(),
          where
              + " has the same Azure name `"
              + instance.name()
              + "` as instance `"
              + previous
              + "`",
          "give one of them another `name:`");
    }
    checkTags(instance.tags(), instance.at());
    for (String user : instance.userIdentities()) {
      if (!spec.identities().containsKey(user)) {
        unknownReference(
            instance.at(),
            where + ": identity.user names",
            "identity",
            user,
            spec.identities().keySet());
      }
    }
    for (RoleSpec role : instance.roles()) {
      checkIdentityChoice(instance, role.identity(), role.at(), "role " + role.role());
      checkRole(role.role(), role.at());
      checkArmId(role.scope(), ArmIdShape.SCOPE, role.at(), "scope");
    }
    for (EndpointSpec endpoint : instance.endpoints().values()) {
      checkEndpoint(instance, endpoint);
    }
    for (RouteSpec route : instance.routes().values()) {
      if (!Names.ROUTE.matcher(route.name()).matches()) {
        diagnostics.error(
            route.at(),
            "route `" + route.name() + "` has an invalid id",
            "expected " + Names.ROUTE_EXPECTED);
      }
      if (!instance.endpoints().containsKey(route.endpoint())) {
        unknownReference(
            route.at(),
            "route `" + route.name() + "` targets",
            "endpoint",
            route.endpoint(),
            instance.endpoints().keySet());
      }
    }
  }

  private void checkEndpoint(InstanceSpec instance, EndpointSpec e) {
    String where = "endpoint `" + e.name() + "`";
    if (!Names.ENDPOINT.matcher(e.name()).matches()) {
      diagnostics.error(
          e.at(), where + " has an invalid name", "expected " + Names.ENDPOINT_EXPECTED);
    }
    boolean identity = e.auth() == AuthType.IDENTITY;
    if (identity && e.type() == EndpointType.EVENT_GRID) {
      diagnostics.error(
          e.at(),
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
      checkArmId(e.destination(), shape, e.at(), destinationKey);
    }
    if (identity) {
      checkIdentityChoice(instance, e.identity(), e.at(), where);
      if (e.destination() == null) {
        diagnostics.error(
            e.at(),
            where
                + ": identity-based endpoints name their destination by `"
                + destinationKey
                + ":`",
            "add `"
                + destinationKey
                + ": "
                + shape.expected().substring(shape.expected().indexOf('/'))
                + "`");
      }
      if (e.secrets().primary() != null || e.secrets().secondary() != null) {
        diagnostics.error(
            e.at(),
            where + ": an identity-based endpoint takes no connection string or access key",
            "remove them, or use `auth: key`");
      }
      if (e.secrets().deadLetter() != null) {
        diagnostics.error(
            e.at(),
            where
                + ": an identity-based endpoint dead-letters to `deadLetter.container`, not a SAS secret",
            "use `deadLetter: {container: <blob container id>}`");
      }
    } else {
      String secretKey = e.type() == EndpointType.EVENT_GRID ? "accessKey" : "connectionString";
      if (e.secrets().primary() == null) {
        diagnostics.error(
            e.at(),
            where + ": a key-based endpoint needs `" + secretKey + "`",
            "add `" + secretKey + ": ${env:NAME}`, or use `auth: identity`");
      }
      if (e.type() == EndpointType.EVENT_GRID
          && e.topicEndpoint() == null
          && e.destination() == null) {
        diagnostics.error(
            e.at(),
            where + ": an Event Grid endpoint needs `topicEndpoint` or `topic`",
            "add `topic: <Event Grid topic id>`; dtplan reads its endpoint");
      }
      if (e.deadLetterContainer() != null) {
        diagnostics.error(
            e.at(),
            where + ": a key-based endpoint dead-letters to `deadLetter.secret` (a SAS URL)",
            "use `deadLetter: {secret: ${env:NAME}}`, or `auth: identity`");
      }
    }
    if (e.deadLetterContainer() != null) {
      checkArmId(
          e.deadLetterContainer(), ArmIdShape.BLOB_CONTAINER, e.at(), "deadLetter.container");
    }
  }

  private void checkRoleAssignment(RoleAssignmentSpec a) {
    String key = a.principalKey();
    if (a.principalIsInstance()) {
      InstanceSpec instance = spec.instances().get(key);
      if (instance == null) {
        unknownReference(
            a.at(),
            "role assignment `" + a.key() + "`: principal names",
            "instance",
            key,
            spec.instances().keySet());
      } else if (!instance.systemIdentity()) {
        diagnostics.error(
            a.at(),
            "role assignment `" + a.key() + "`: instance `" + key + "` has no system identity",
            "set `identity: {system: true}` on instance `" + key + "`");
      }
    } else if (!spec.identities().containsKey(key)) {
      unknownReference(
          a.at(),
          "role assignment `" + a.key() + "`: principal names",
          "identity",
          key,
          spec.identities().keySet());
    }
    checkRole(a.role(), a.at());
    checkArmId(a.scope(), ArmIdShape.SCOPE, a.at(), "scope");
  }

  /** `system` needs the system identity enabled; a user key needs that identity linked. */
  private void checkIdentityChoice(
      InstanceSpec instance, String choice, SourceLocation at, String what) {
    if (RoleSpec.SYSTEM.equals(choice)) {
      if (!instance.systemIdentity()) {
        diagnostics.error(
            at,
            what
                + " uses the system identity of instance `"
                + instance.key()
                + "`, which is not enabled",
            "set `identity: {system: true}` on the instance");
      }
    } else if (!instance.userIdentities().contains(choice)) {
      diagnostics.error(
          at,
          what
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

  private void checkRole(String role, SourceLocation at) {
    if (RoleDefinitions.isGuid(role) || RoleDefinitions.builtInGuid(role).isPresent()) {
      return;
    }
    String near = Suggest.nearest(role, RoleDefinitions.builtIns().keySet());
    if (near != null) {
      diagnostics.error(at, "unknown role `" + role + "`", "did you mean `" + near + "`?");
    }
    // Any other name is taken for a custom role; the plan looks it up in Azure.
  }

  private void checkArmId(String id, ArmIdShape shape, SourceLocation at, String field) {
    if (!shape.matches(id)) {
      diagnostics.error(
          at,
          "`" + field + "`: `" + id + "` is not " + article(shape),
          "expected " + shape.expected());
    }
  }

  private static String article(ArmIdShape shape) {
    String e = shape.expected();
    return e.substring(0, e.indexOf(':'));
  }

  private void checkTags(Map<String, String> tags, SourceLocation at) {
    tags.keySet().stream()
        .filter(k -> k.toLowerCase(Locale.ROOT).startsWith("dtplan-"))
        .forEach(
            k -> diagnostics.error(at, "tag `" + k + "` is reserved for dtplan", "rename the tag"));
  }

  private void unknownReference(
      SourceLocation at,
      String what,
      String kind,
      String name,
      java.util.Collection<String> known) {
    diagnostics.error(
        at,
        what + " " + kind + " `" + name + "`, which is not defined",
        suggestion(
            name,
            known,
            known.isEmpty() ? "define it first" : "defined: " + String.join(", ", known)));
  }

  private static String suggestion(
      String name, java.util.Collection<String> known, String otherwise) {
    String near = Suggest.nearest(name, known);
    return near != null ? "did you mean `" + near + "`?" : otherwise;
  }
}
