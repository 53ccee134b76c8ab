package dtplan.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.model.ArmId;
import dtplan.model.Endpoint;
import dtplan.model.EndpointSecrets;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.model.Resource;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleAssignmentNames;
import dtplan.model.Route;
import dtplan.model.UserIdentity;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Live states for planner tests: read from and written to JSON (a {@link ReadResponse} as Jackson
 * serialises it, lists that are absent read as empty), and made by simulating an apply, so a test
 * can say "this spec was applied, then this changed" instead of writing every record by hand.
 */
public final class LiveStates {
  public static final String TENANT = "11111111-1111-1111-1111-111111111111";

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
          .addMixIn(Endpoint.class, LiveEndpoint.class)
          .build();

  /** Azure never returns an endpoint's secrets, so live JSON has none. */
  @JsonIgnoreProperties({"secrets"})
  private interface LiveEndpoint {}

  private LiveStates() {}

  public static ReadResponse read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  public static ReadResponse parse(String json) throws IOException {
    ObjectNode node = (ObjectNode) JSON.readTree(json);
    for (String list :
        List.of(
            "instances",
            "endpoints",
            "routes",
            "userIdentities",
            "roleAssignments",
            "destinations")) {
      if (!node.has(list)) {
        node.putArray(list);
      }
    }
    if (!node.has("roleDefinitions")) {
      node.putObject("roleDefinitions");
    }
    return JSON.treeToValue(node, ReadResponse.class);
  }

  public static String toJson(ReadResponse live) throws IOException {
    return JSON.writeValueAsString(live) + "\n";
  }

  /** {@code before} with the given spec applied to it, as Azure would then answer a read. */
  public static ReadResponse applied(Spec spec, ReadResponse before) {
    Plan plan = new Planner().plan("apply simulation", spec, before, "sim");
    Map<ResourceAddress, String> principalByAddress = new HashMap<>();
    List<Instance> instances = new ArrayList<>();
    List<UserIdentity> identities = new ArrayList<>();
    List<RoleAssignment> assignments = new ArrayList<>();
    List<Endpoint> endpoints = new ArrayList<>();
    List<Route> routes = new ArrayList<>();
    Set<String> touched = new HashSet<>();
    for (PlannedChange c : plan.changes()) {
      if (c.before() != null) {
        touched.add(LiveIndex.key(c.before().id()));
      }
    }
    for (PlannedChange c : plan.changes()) {
      if (c.action() == Action.DELETE) {
        continue;
      }
      Resource now = c.action() == Action.NO_OP ? c.before() : c.after();
      if (now instanceof UserIdentity u) {
        UserIdentity live =
            c.before() instanceof UserIdentity old && old.principalId() != null
                ? new UserIdentity(
                    u.id(), u.location(), u.tags(), old.principalId(), old.clientId())
                : new UserIdentity(
                    u.id(), u.location(), u.tags(), uuid(u.id() + "|principal"), uuid(u.id()));
        identities.add(live);
        principalByAddress.put(c.address(), live.principalId());
      }
    }
    Map<String, String> userPrincipals = new HashMap<>();
    identities.forEach(u -> userPrincipals.put(LiveIndex.key(u.id()), u.principalId()));
    before.userIdentities().stream()
        .filter(u -> !touched.contains(LiveIndex.key(u.id())))
        .forEach(
            u -> {
              identities.add(u);
              userPrincipals.put(LiveIndex.key(u.id()), u.principalId());
            });
    for (PlannedChange c : plan.changes()) {
      if (c.action() == Action.DELETE || !(c.after() instanceof Instance i)) {
        continue;
      }
      Instance old = c.action() == Action.REPLACE ? null : (Instance) c.before();
      String principal = null;
      if (i.identity().system()) {
        principal =
            old != null && old.identity().system() && old.identity().principalId() != null
                ? old.identity().principalId()
                : uuid(i.id() + "|system|" + (old == null ? "" : old.identity().principalId()));
      }
      Map<String, String> users = new LinkedHashMap<>();
      i.identity().userAssigned().forEach(u -> users.put(u, userPrincipals.get(LiveIndex.key(u))));
      users.values().removeIf(java.util.Objects::isNull);
      InstanceIdentity identity =
          new InstanceIdentity(
              i.identity().system(),
              i.identity().userAssigned(),
              principal,
              i.identity().system() || !users.isEmpty() ? TENANT : null,
              users);
      instances.add(
          new Instance(
              i.id(),
              i.location(),
              i.tags(),
              identity,
              i.publicNetworkAccess(),
              i.name() + ".api.weu.digitaltwins.azure.net",
              "Succeeded"));
      principalByAddress.put(c.address(), principal);
    }
    for (PlannedChange c : plan.changes()) {
      if (c.action() == Action.DELETE) {
        continue;
      }
      Resource now = c.action() == Action.NO_OP ? c.before() : c.after();
      if (now instanceof RoleAssignment ra) {
        String principal =
            ra.principalId() != null
                ? ra.principalId()
                : principalByAddress.get(c.unknowns().get(DesiredStateBuilder.UNKNOWN_PRINCIPAL));
        String name =
            ra.name() != null
                ? ra.name()
                : RoleAssignmentNames.of(ra.scope(), principal, ra.roleDefinitionId());
        assignments.add(
            new RoleAssignment(
                ra.scope(), principal, ra.roleDefinitionId(), name, ra.description()));
      } else if (now instanceof Endpoint e) {
        endpoints.add(
            new Endpoint(
                e.instanceId(),
                e.name(),
                e.type(),
                e.auth(),
                e.identity(),
                e.endpointUri(),
                e.entityPath(),
                e.topicEndpoint(),
                e.deadLetterUri(),
                EndpointSecrets.NONE,
                "Succeeded"));
      } else if (now instanceof Route r) {
        routes.add(r);
      }
    }
    before.roleAssignments().stream()
        .filter(ra -> !touched.contains(LiveIndex.key(ra.id())))
        .forEach(assignments::add);
    before.instances().stream()
        .filter(i -> !touched.contains(LiveIndex.key(i.id())))
        .forEach(instances::add);
    return new ReadResponse(
        instances,
        endpoints,
        routes,
        identities,
        assignments,
        before.destinations(),
        before.roleDefinitions());
  }

  /** The instance with the tag dtplan writes on it: the hash of the managed attributes it wrote. */
  public static Instance recordedAsApplied(Instance i) {
    Map<String, String> tags = new LinkedHashMap<>(i.tags());
    tags.put(AppliedHash.TAG, AppliedHash.of(i));
    return withTags(i, tags);
  }

  /** {@code live} with one instance changed, as someone might in the portal. */
  public static ReadResponse withInstance(
      ReadResponse live, String name, UnaryOperator<Instance> change) {
    List<Instance> instances =
        live.instances().stream().map(i -> i.name().equals(name) ? change.apply(i) : i).toList();
    return new ReadResponse(
        instances,
        live.endpoints(),
        live.routes(),
        live.userIdentities(),
        live.roleAssignments(),
        live.destinations(),
        live.roleDefinitions());
  }

  /** {@code live} with one endpoint (by name, of any instance) changed. */
  public static ReadResponse withEndpoint(
      ReadResponse live, String name, UnaryOperator<Endpoint> change) {
    List<Endpoint> endpoints =
        live.endpoints().stream().map(e -> e.name().equals(name) ? change.apply(e) : e).toList();
    return new ReadResponse(
        live.instances(),
        endpoints,
        live.routes(),
        live.userIdentities(),
        live.roleAssignments(),
        live.destinations(),
        live.roleDefinitions());
  }

  /** {@code live} with one user-assigned identity (by name) changed. */
  public static ReadResponse withUserIdentity(
      ReadResponse live, String name, UnaryOperator<UserIdentity> change) {
    List<UserIdentity> identities =
        live.userIdentities().stream()
            .map(u -> u.name().equals(name) ? change.apply(u) : u)
            .toList();
    return new ReadResponse(
        live.instances(),
        live.endpoints(),
        live.routes(),
        identities,
        live.roleAssignments(),
        live.destinations(),
        live.roleDefinitions());
  }

  /** The endpoint as Azure reports it in {@code provisioningState}. */
  public static Endpoint withState(Endpoint e, String state) {
    return new Endpoint(
        e.instanceId(),
        e.name(),
        e.type(),
        e.auth(),
        e.identity(),
        e.endpointUri(),
        e.entityPath(),
        e.topicEndpoint(),
        e.deadLetterUri(),
        e.secrets(),
        state);
  }

  /** The instance as Azure reports it in {@code provisioningState}. */
  public static Instance withState(Instance i, String state) {
    return new Instance(
        i.id(), i.location(), i.tags(), i.identity(), i.publicNetworkAccess(), i.hostName(), state);
  }

  public static ReadResponse withRoleAssignments(ReadResponse live, List<RoleAssignment> ras) {
    return new ReadResponse(
        live.instances(),
        live.endpoints(),
        live.routes(),
        live.userIdentities(),
        ras,
        live.destinations(),
        live.roleDefinitions());
  }

  public static Instance withTags(Instance i, Map<String, String> tags) {
    return new Instance(
        i.id(),
        i.location(),
        tags,
        i.identity(),
        i.publicNetworkAccess(),
        i.hostName(),
        i.provisioningState());
  }

  static String uuid(String seed) {
    return UUID.nameUUIDFromBytes(
            seed.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  static boolean same(String a, String b) {
    return ArmId.same(a, b);
  }
}
