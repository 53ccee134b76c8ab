package dtplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dtplan.sandbox.RequestEntry;
import dtplan.sandbox.Sandbox;
import dtplan.sandbox.SandboxConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-process sandbox seeded with the examples' destinations, with a raw HTTP client for looking
 * at (and changing) its state the way someone else's tool would.
 */
final class LiveSandbox implements AutoCloseable {
  static final String SUB = Sandbox.DEFAULT_SUBSCRIPTION;
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final Sandbox sandbox;

  private LiveSandbox(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  static LiveSandbox start() throws IOException {
    return start(SandboxConfig.defaults());
  }

  /**
   * Seeded with the examples' destinations, and with Azure Digital Twins Data Owner for the caller
   * on the subscription, as a user who may manage routes already has.
   */
  static LiveSandbox start(SandboxConfig config) throws IOException {
    LiveSandbox live = startWithoutDataRole(config);
    live.sandbox.seed(
        """
        {"roleAssignments": [{"id": "/subscriptions/%s/providers/Microsoft.Authorization/roleAssignments/0a0a0a0a-0000-4000-8000-00000000da7a",
          "properties": {"roleDefinitionId": "/providers/Microsoft.Authorization/roleDefinitions/bcd981a7-7f74-457b-83e1-cceb9e632ffe",
            "principalId": "%s"}}]}
        """
            .formatted(SUB, config.callerPrincipalId()));
    return live;
  }

  /**
   * Seeded with the examples' destinations only: the caller holds no data-plane role. Operations
   * answer {@code Retry-After: 0}, so dtplan polls them at its own (test-scaled) interval instead
   * of waiting a second for each one the sandbox finished at once.
   */
  static LiveSandbox startWithoutDataRole(SandboxConfig config) throws IOException {
    Sandbox sb = Sandbox.start(config.withLroRetryAfter(Duration.ZERO));
    sb.seed(EmbeddedSandbox.defaultSeed());
    return new LiveSandbox(sb);
  }

  /** The URL to pass as {@code --sandbox}. */
  String url() {
    return sandbox.url().toString();
  }

  record Res(int status, JsonNode json, String body) {}

  Res send(String method, String path, String body) {
    String base = url().replaceAll("/$", "");
    String sep = path.contains("?") ? "&" : "?";
    String target =
        path.startsWith("/_dataplane/") || path.startsWith("/_sandbox/")
            ? base + path
            : base + path + sep + "api-version=2023-01-31";
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(URI.create(target))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer test-token");
    if (path.startsWith("/_sandbox/")) {
      rb.header(Sandbox.ADMIN_HEADER, Sandbox.ADMIN_HEADER_VALUE);
    }
    if (body != null) {
      rb.header("Content-Type", "application/json");
    }
    rb.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> r = CLIENT.send(rb.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
      return new Res(r.statusCode(), json, r.body());
    } catch (IOException e) {
      throw new AssertionError(method + " " + target + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  JsonNode get(String path) {
    Res r = send("GET", path, null);
    if (r.status() != 200) {
      throw new AssertionError("GET " + path + " answered " + r.status() + ": " + r.body());
    }
    return r.json();
  }

  /** Every item of a list, following nextLink as Azure's paged lists need. */
  List<JsonNode> list(String path) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode page = get(path);
    while (true) {
      page.path("value").forEach(out::add);
      String next = page.path("nextLink").asText(null);
      if (next == null || next.isEmpty() || "null".equals(next)) {
        return out;
      }
      page = getAbsolute(next);
    }
  }

  private JsonNode getAbsolute(String url) {
    try {
      HttpResponse<String> r =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(Duration.ofSeconds(20))
                  .header("Authorization", "Bearer test-token")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new AssertionError("GET " + url + " answered " + r.statusCode() + ": " + r.body());
      }
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("GET " + url + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String groupPath(String rg) {
    return "/subscriptions/" + SUB + "/resourceGroups/" + rg;
  }

  static String instancePath(String rg, String instance) {
    return groupPath(rg) + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/" + instance;
  }

  static String endpointPath(String rg, String instance, String endpoint) {
    return instancePath(rg, instance) + "/endpoints/" + endpoint;
  }

  static String routesPath(String rg, String instance) {
    return "/_dataplane/" + SUB + "/" + rg + "/" + instance + "/eventroutes";
  }

  /** Instance names in a resource group (those that exist, whatever their state). */
  List<String> instances(String rg) {
    Res r =
        send(
            "GET", groupPath(rg) + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances", null);
    if (r.status() == 404) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    list(groupPath(rg) + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances")
        .forEach(v -> names.add(v.path("name").asText()));
    return names;
  }

  JsonNode instance(String rg, String name) {
    return get(instancePath(rg, name));
  }

  /** Endpoint name → endpoint JSON of an instance. */
  Map<String, JsonNode> endpoints(String rg, String instance) {
    Map<String, JsonNode> out = new HashMap<>();
    list(instancePath(rg, instance) + "/endpoints")
        .forEach(v -> out.put(v.path("name").asText(), v));
    return out;
  }

  /** Route id → route JSON of an instance. */
  Map<String, JsonNode> routes(String rg, String instance) {
    Map<String, JsonNode> out = new HashMap<>();
    list(routesPath(rg, instance)).forEach(v -> out.put(v.path("id").asText(), v));
    return out;
  }

  /** Every role assignment in the subscription. */
  List<JsonNode> roleAssignments() {
    return roleAssignments(SUB);
  }

  /** Every role assignment in a subscription. */
  List<JsonNode> roleAssignments(String subscription) {
    return list(
        "/subscriptions/" + subscription + "/providers/Microsoft.Authorization/roleAssignments");
  }

  /**
   * Role assignments keyed "scope | principal | role definition guid": a count above 1 is a
   * duplicate.
   */
  Map<String, Integer> roleAssignmentTriples() {
    Map<String, Integer> out = new HashMap<>();
    for (JsonNode ra : roleAssignments()) {
      JsonNode p = ra.path("properties");
      String role = p.path("roleDefinitionId").asText();
      role = role.substring(role.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
      String key =
          p.path("scope").asText().toLowerCase(java.util.Locale.ROOT)
              + " | "
              + p.path("principalId").asText()
              + " | "
              + role;
      out.merge(key, 1, Integer::sum);
    }
    return out;
  }

  /** Role assignments whose description says the stack manages them. */
  List<JsonNode> managedRoleAssignments(String stack) {
    return roleAssignments().stream()
        .filter(
            ra ->
                ra.path("properties")
                    .path("description")
                    .asText()
                    .equals("Managed by dtplan stack " + stack))
        .toList();
  }

  /**
   * How many of a stack's resources exist: its instances in {@code rg}, their endpoints and routes,
   * and the role assignments it manages.
   */
  int stackResourceCount(String rg, String stack) {
    int n = managedRoleAssignments(stack).size();
    for (String instance : instances(rg)) {
      JsonNode tags = instance(rg, instance).path("tags");
      if (tags.path("dtplan-stack").asText().equals(stack)) {
        n += 1 + endpoints(rg, instance).size() + routes(rg, instance).size();
      }
    }
    return n;
  }

  /** Waits until no instance or endpoint in {@code rg} has an operation running. */
  void awaitOperations(String rg, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<String> busy = new ArrayList<>();
      for (String instance : instances(rg)) {
        if (!succeeded(instance(rg, instance))) {
          busy.add(instance);
          continue;
        }
        endpoints(rg, instance)
            .forEach(
                (name, e) -> {
                  if (!succeeded(e)) {
                    busy.add(instance + "/" + name);
                  }
                });
      }
      if (busy.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("operations still running after " + timeout + ": " + busy);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static boolean succeeded(JsonNode resource) {
    return resource.path("properties").path("provisioningState").asText().equals("Succeeded");
  }

  List<RequestEntry> writes() {
    return sandbox.requests().writes();
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
