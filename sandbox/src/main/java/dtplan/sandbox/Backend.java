package dtplan.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Shared state and services of the handlers. Callers hold {@link #lock} for every access; the
 * server is small enough that one lock costs nothing and rules out races between the SDK's
 * concurrent requests.
 */
final class Backend {
  static final String DEFAULT_TENANT = "11111111-1111-1111-1111-111111111111";

  final Object lock = new Object();
  final SandboxConfig config;
  final StateStore store;
  String baseUrl;
  StateData data;

  /** Set while seeding: principals count as replicated and operations finish at once. */
  boolean seeding;

  Backend(SandboxConfig config, StateStore store, StateData data) {
    this.config = config;
    this.store = store;
    this.data = data;
  }

  long now() {
    return config.clock().millis();
  }

  String isoNow() {
    return Instant.ofEpochMilli(now()).toString();
  }

  static String newGuid() {
    return UUID.randomUUID().toString();
  }

  PageTokens tokens() {
    return new PageTokens(data.pageTokenKey);
  }

  void save() {
    store.save(data);
  }

  // ---- principals -------------------------------------------------------------------------

  void addPrincipal(String objectId) {
    data.principals.put(Paths.key(objectId), seeding ? 0L : now());
  }

  void removePrincipal(String objectId) {
    if (objectId != null) {
      data.principals.remove(Paths.key(objectId));
    }
  }

  /**
   * Whether the directory knows the principal and it has replicated (older than the delay). The
   * caller is always known: it has signed in, so it exists and has long since replicated.
   */
  boolean principalVisible(String objectId) {
    if (objectId.equalsIgnoreCase(config.callerPrincipalId())) {
      return true;
    }
    Long created = data.principals.get(Paths.key(objectId));
    return created != null && now() - created >= config.principalReplicationDelay().toMillis();
  }

  // ---- long-running operations -----------------------------------------------------------

  Operation startOperation(
      String kind,
      String resourceKey,
      String subscription,
      String namespace,
      String location,
      boolean fail) {
    long now = now();
    long done = seeding ? now : now + config.lroDuration().toMillis();
    Operation op =
        new Operation(
            newGuid(),
            kind,
            resourceKey,
            subscription,
            namespace,
            location == null || location.isEmpty() ? "global" : location,
            now,
            done,
            fail,
            "InProgress");
    data.operations.put(op.id(), op);
    return op;
  }

  /**
   * Adds the ARM LRO headers; Retry-After is {@link SandboxConfig#lroRetryAfter()}, 1 unless a test
   * asks for 0.
   */
  Resp withLroHeaders(Resp resp, Operation op) {
    if (op.kind().equals("deleteGroup")) {
      // Deleting a resource group answers a Location only, on the subscription
      // (test_create_digital_twin_with_identity.json: .../subscriptions/{s}/operationresults/{t}).
      return resp.header(
              "Location",
              baseUrl
                  + "subscriptions/"
                  + op.subscription()
                  + "/operationresults/"
                  + op.id()
                  + "?api-version=2021-04-01")
          .header("Retry-After", retryAfter());
    }
    String monitor =
        baseUrl
            + "subscriptions/"
            + op.subscription()
            + "/providers/"
            + op.namespace()
            + "/locations/"
            + op.location()
            + "/";
    return resp.header(
            "Azure-AsyncOperation",
            monitor + Arm.STATUSES + "/" + op.id() + "?api-version=2023-01-31")
        .header("Location", monitor + "operationResults/" + op.id() + "?api-version=2023-01-31")
        .header("Retry-After", retryAfter());
  }

  String retryAfter() {
    return Long.toString(config.lroRetryAfter().toSeconds());
  }

  /** Finishes every operation whose time has come; true when that changed anything. */
  boolean advance() {
    long now = now();
    List<Operation> due = new ArrayList<>();
    for (Operation op : data.operations.values()) {
      if (op.running() && (op.doneAt() <= now || seeding)) {
        due.add(op);
      }
    }
    for (Operation op : due) {
      Operation done = op.finish();
      data.operations.put(op.id(), done);
      complete(done);
    }
    // Old finished operations are only kept long enough for slow pollers.
    data.operations.values().removeIf(op -> !op.running() && now - op.doneAt() > 3_600_000L);
    return !due.isEmpty();
  }

  private void complete(Operation op) {
    ObjectNode res = data.resources.get(op.resourceKey());
    switch (op.kind()) {
      case "create", "update" -> {
        if (res != null) {
          ObjectNode props = Json.child(res, "properties");
          props.put("provisioningState", op.fail() ? "Failed" : "Succeeded");
          if (!op.fail() && Instances.isInstance(res)) {
            props.put("hostName", Instances.hostName(this, res));
          }
        }
      }
      case "delete" -> {
        if (res == null) {
          return;
        }
        if (op.fail()) {
          Json.child(res, "properties").put("provisioningState", "Failed");
        } else {
          removeResourceTree(op.resourceKey());
          PrivateEndpoints.deleted(this, op.resourceKey());
        }
      }
      case "deleteGroup" -> {
        data.groups.remove(op.resourceKey());
        removeResourceTree(op.resourceKey());
      }
      default -> {}
    }
  }

  /** Removes a resource, its children, its routes and the principals it owned. */
  void removeResourceTree(String key) {
    String prefix = key + "/";
    List<String> gone = new ArrayList<>();
    for (Map.Entry<String, ObjectNode> e : data.resources.entrySet()) {
      if (e.getKey().equals(key) || e.getKey().startsWith(prefix)) {
        gone.add(e.getKey());
      }
    }
    for (String k : gone) {
      ObjectNode r = data.resources.remove(k);
      data.routes.remove(k);
      data.routeOrder.remove(k);
      removePrincipal(Json.text(Json.obj(r, "identity"), "principalId"));
      removePrincipal(Json.text(Json.obj(r, "properties"), "principalId"));
    }
  }

  // ---- lookups ----------------------------------------------------------------------------

  ObjectNode group(String subscription, String name) {
    return data.groups.get(Paths.key(groupId(subscription, name)));
  }

  static String groupId(String subscription, String name) {
    return "/subscriptions/" + subscription + "/resourceGroups/" + name;
  }

  /** The resource group, or ARM's ResourceGroupNotFound. */
  ObjectNode requireGroup(String subscription, String name) {
    ObjectNode g = group(subscription, name);
    if (g == null) {
      throw ApiError.notFound(
          "ResourceGroupNotFound", "Resource group '" + name + "' could not be found.");
    }
    return g;
  }

  ObjectNode resource(String id) {
    return data.resources.get(Paths.key(id));
  }
}
