package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.AuthType;
import dtplan.model.EndpointSecrets;
import dtplan.model.EndpointType;
import dtplan.model.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a schema-valid, interpolated tree into spec records. It trusts the schema for shapes and
 * types; rules that span records are {@link SpecRules}'.
 */
final class SpecBinder {
  private final Locations locations;
  private final Interpolator interpolator;

  SpecBinder(Locations locations, Interpolator interpolator) {
    this.locations = locations;
    this.interpolator = interpolator;
  }

  Spec bind(JsonNode root) {
    JsonNode azure = root.path("azure");
    return new Spec(
        locations.file(),
        root.path("stack").asText(),
        interpolator.subscription(),
        azure.path("resourceGroup").asText(),
        normalizeLocation(azure.path("location").asText()),
        bindIdentities(root.path("identities")),
        bindInstances(root.path("instances")),
        bindRoleAssignments(root.path("roleAssignments")),
        root.has("lock") ? new LockSpec(root.path("lock").path("container").asText()) : null,
        azure.has("cloud") ? Cloud.ofSpecName(azure.path("cloud").asText()) : Cloud.DEFAULT);
  }

  /** Azure answers {@code westeurope} for {@code West Europe}; compare in that form. */
  static String normalizeLocation(String location) {
    return location.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
  }

  private Map<String, IdentitySpec> bindIdentities(JsonNode identities) {
    return eachEntry(
        identities,
        "/identities",
        (key, v, p) ->
            new IdentitySpec(
                key,
                v.path("name").asText(key),
                strings(v.path("tags")),
                bindLifecycle(v.path("lifecycle")),
                locations.ofKey(p)));
  }

  private Map<String, InstanceSpec> bindInstances(JsonNode instances) {
    return eachEntry(
        instances,
        "/instances",
        (key, v, p) -> {
          List<String> users = new ArrayList<>();
          v.path("identity").path("user").forEach(u -> users.add(u.asText()));
          return new InstanceSpec(
              key,
              v.path("name").asText(key),
              v.path("identity").path("system").asBoolean(false),
              users,
              v.path("publicNetworkAccess").asText("Enabled"),
              strings(v.path("tags")),
              bindRoles(v.path("roles"), p + "/roles"),
              bindDataOwners(v.path("dataOwners"), p + "/dataOwners"),
              bindEndpoints(v.path("endpoints"), p + "/endpoints"),
              bindRoutes(v.path("routes"), p + "/routes"),
              bindDataHistory(v.path("dataHistory"), p + "/dataHistory"),
              bindLifecycle(v.path("lifecycle")),
              locations.ofKey(p),
              bindPrivateEndpoints(v.path("privateEndpoints"), p + "/privateEndpoints"));
        });
  }

  private static Lifecycle bindLifecycle(JsonNode lifecycle) {
    if (lifecycle.isMissingNode()) {
      return Lifecycle.NONE;
    }
    List<String> ignore = new ArrayList<>();
    lifecycle.path("ignoreChanges").forEach(a -> ignore.add(a.asText()));
    java.util.Set<String> unmanaged = new java.util.TreeSet<>();
    lifecycle.path("unmanaged").forEach(c -> unmanaged.add(c.asText()));
    return new Lifecycle(ignore, unmanaged, lifecycle.path("preventDestroy").asBoolean(false));
  }

  private List<RoleSpec> bindRoles(JsonNode roles, String pointer) {
    List<RoleSpec> out = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      JsonNode r = roles.get(i);
      out.add(
          new RoleSpec(
              r.path("role").asText(),
              r.path("scope").asText(),
              r.path("identity").asText(RoleSpec.SYSTEM),
              locations.of(pointer + "/" + i)));
    }
    return out;
  }

  private List<DataOwnerSpec> bindDataOwners(JsonNode owners, String pointer) {
    List<DataOwnerSpec> out = new ArrayList<>();
    for (int i = 0; i < owners.size(); i++) {
      out.add(new DataOwnerSpec(owners.get(i).asText(), locations.of(pointer + "/" + i)));
    }
    return out;
  }

  private Map<String, EndpointSpec> bindEndpoints(JsonNode endpoints, String pointer) {
    return eachEntry(
        endpoints,
        pointer,
        (key, v, p) -> {
          EndpointType type = EndpointType.fromSpec(v.path("type").asText());
          String destination =
              type == EndpointType.EVENT_HUB ? text(v, "eventhub") : text(v, "topic");
          boolean eventGrid = type == EndpointType.EVENT_GRID;
          EndpointSecrets secrets =
              new EndpointSecrets(
                  secret(v, eventGrid ? "accessKey" : "connectionString", p),
                  secret(v, eventGrid ? "secondaryAccessKey" : "secondaryConnectionString", p),
                  secret(v.path("deadLetter"), "secret", p + "/deadLetter"));
          return new EndpointSpec(
              key,
              type,
              AuthType.fromSpec(v.path("auth").asText("key")),
              v.path("identity").asText(RoleSpec.SYSTEM),
              destination,
              text(v, "topicEndpoint"),
              secrets,
              text(v.path("deadLetter"), "container"),
              locations.ofKey(p));
        });
  }

  private Map<String, RouteSpec> bindRoutes(JsonNode routes, String pointer) {
    return eachEntry(
        routes,
        pointer,
        (key, v, p) ->
            new RouteSpec(
                key,
                v.path("endpoint").asText(),
                v.path("filter").asText("true"),
                locations.ofKey(p)));
  }

  private Map<String, PrivateEndpointSpec> bindPrivateEndpoints(JsonNode pes, String pointer) {
    return eachEntry(
        pes,
        pointer,
        (key, v, p) ->
            new PrivateEndpointSpec(
                key,
                v.path("name").asText(key),
                v.path("subnet").asText(),
                text(v, "dnsZone"),
                v.has("location") ? normalizeLocation(v.path("location").asText()) : null,
                locations.ofKey(p)));
  }

  private Map<String, DataHistorySpec> bindDataHistory(JsonNode connections, String pointer) {
    return eachEntry(
        connections,
        pointer,
        (key, v, p) -> {
          JsonNode tables = v.path("tables");
          return new DataHistorySpec(
              key,
              text(v, "adx"),
              text(v, "eventhub"),
              text(v, "consumerGroup"),
              v.path("identity").asText(RoleSpec.SYSTEM),
              text(tables, "properties"),
              text(tables, "twinLifecycle"),
              text(tables, "relationshipLifecycle"),
              v.path("recordRemovals").asBoolean(false),
              locations.ofKey(p));
        });
  }

  private Map<String, RoleAssignmentSpec> bindRoleAssignments(JsonNode assignments) {
    return eachEntry(
        assignments,
        "/roleAssignments",
        (key, v, p) ->
            new RoleAssignmentSpec(
                key,
                v.path("principal").asText(),
                v.path("role").asText(),
                v.path("scope").asText(),
                locations.ofKey(p)));
  }

  /**
   * A secret field's value, remembered with its source: the expression it was written as, or, for a
   * literal, the field's place in the spec (so a saved plan never holds the literal).
   */
  private Secret secret(JsonNode parent, String key, String parentPointer) {
    JsonNode value = parent.path(key);
    if (!value.isTextual()) {
      return null;
    }
    String pointer = Locations.child(parentPointer, key);
    String writtenAs = interpolator.writtenAs(pointer);
    String source = writtenAs != null ? writtenAs : "literal at " + locations.of(pointer);
    return Secret.of(value.asText(), source);
  }

  private static String text(JsonNode parent, String key) {
    JsonNode v = parent.path(key);
    return v.isTextual() ? v.asText() : null;
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  /** One record per entry of a mapping, in file order; {@code bind} gets key, value and pointer. */
  private static <T> Map<String, T> eachEntry(
      JsonNode mapping, String pointer, EntryBinder<T> bind) {
    Map<String, T> out = new LinkedHashMap<>();
    mapping
        .fields()
        .forEachRemaining(
            e ->
                out.put(
                    e.getKey(),
                    bind.bind(e.getKey(), e.getValue(), Locations.child(pointer, e.getKey()))));
    return out;
  }

  @FunctionalInterface
  private interface EntryBinder<T> {
    T bind(String key, JsonNode value, String pointer);
  }
}
