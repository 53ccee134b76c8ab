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
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.RoleAssignment;
import dtplan.model.UserIdentity;
import dtplan.provider.ReadResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Live states for planner tests: read from and written to JSON (a {@link ReadResponse} as Jackson
 * serialises it, lists that are absent read as empty), and changed one record at a time ("then
 * someone changed this in the portal"). Write the state itself with {@link
 * dtplan.fixtures.AzureState}, never with the planner.
 */
public final class LiveStates {
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
}
