package dtplan.bench;

import dtplan.model.Destination;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.model.Resource;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleAssignmentNames;
import dtplan.model.Route;
import dtplan.model.UserIdentity;
import dtplan.plan.Plan;
import dtplan.plan.PlannedChange;
import dtplan.plan.Planner;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A benchmark stack of {@code n} full instances: each has a system identity, 6 identity-based Event
 * Hubs endpoints (with identity-based dead-letter), 6 routes and 8 role assignments (Data Sender on
 * each of the 6 hubs, Data Receiver on the namespace, Blob Data Contributor on the dead-letter
 * container). All instances share one set of destinations, which {@link #seedJson(String)} creates
 * in a sandbox.
 */
public final class Stack {
  public static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";
  public static final String RESOURCE_GROUP = "rg-bench";
  public static final String STACK = "bench";
  public static final int ENDPOINTS = 6;
  public static final int ROUTES = 6;
  public static final int ROLES = 8;

  static final String DEST = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-bench-dest";
  static final String NAMESPACE = DEST + "/providers/Microsoft.EventHub/namespaces/ns-bench";
  static final String ACCOUNT = DEST + "/providers/Microsoft.Storage/storageAccounts/stbench";
  static final String CONTAINER = ACCOUNT + "/blobServices/default/containers/deadletter";

  private final int instances;

  public Stack(int instances) {
    this.instances = instances;
  }

  public int instances() {
    return instances;
  }

  /** Resources a full refresh would GET one by one: instance, endpoints, routes, assignments. */
  public int resources() {
    return instances * (1 + ENDPOINTS + ROUTES + ROLES);
  }

  static String hub(int k) {
    return NAMESPACE + "/eventhubs/hub-" + k;
  }

  public static String instanceName(int i) {
    return String.format(Locale.ROOT, "adt-bench-%04d", i);
  }

  /**
   * The spec text. Destination ids are {@code ${var.…}} expressions ({@link #vars()}): written out,
   * a 1,000-instance spec is 2.6 MB, which the YAML reader refuses (see docs/benchmarks.md).
   */
  public String specYaml() {
    return specYaml(0, instances);
  }

  /** The spec text of instances {@code from} (inclusive) to {@code to} (exclusive) only. */
  public static String specYaml(int from, int to) {
    StringBuilder y = new StringBuilder(4096 + (to - from) * 1200);
    y.append("version: 1\nstack: ")
        .append(STACK)
        .append("\nazure:\n  subscription: ")
        .append(SUBSCRIPTION)
        .append("\n  resourceGroup: ")
        .append(RESOURCE_GROUP)
        .append("\n  location: westeurope\ninstances:\n");
    for (int i = from; i < to; i++) {
      y.append("  ").append(instanceName(i)).append(":\n");
      y.append("    identity: {system: true}\n");
      y.append("    tags: {team: bench, index: \"").append(i).append("\"}\n");
      y.append("    roles:\n");
      for (int k = 0; k < ENDPOINTS; k++) {
        role(y, "Azure Event Hubs Data Sender", "${var.hub" + k + "}");
      }
      role(y, "Azure Event Hubs Data Receiver", "${var.ns}");
      role(y, "Storage Blob Data Contributor", "${var.dl}");
      y.append("    endpoints:\n");
      for (int k = 0; k < ENDPOINTS; k++) {
        y.append("      ep-").append(k).append(":\n");
        y.append("        type: eventhub\n        auth: identity\n");
        y.append("        eventhub: ${var.hub").append(k).append("}\n");
        if (k % 2 == 0) {
          y.append("        deadLetter: {container: \"${var.dl}\"}\n");
        }
      }
      y.append("    routes:\n");
      for (int k = 0; k < ROUTES; k++) {
        y.append("      route-")
            .append(k)
            .append(": {endpoint: ep-")
            .append(k)
            .append(", filter: \"type = 'microsoft.iot.telemetry' AND $body.k = ")
            .append(k)
            .append("\"}\n");
      }
    }
    return y.toString();
  }

  /** The values of the spec's {@code ${var.…}} expressions. */
  public static Map<String, String> vars() {
    Map<String, String> vars = new java.util.TreeMap<>();
    vars.put("ns", NAMESPACE);
    vars.put("dl", CONTAINER);
    for (int k = 0; k < ENDPOINTS; k++) {
      vars.put("hub" + k, hub(k));
    }
    return vars;
  }

  /** {@link #vars()} as a YAML var file, for {@code --var-file}. */
  public static String varFile() {
    StringBuilder y = new StringBuilder();
    vars().forEach((k, v) -> y.append(k).append(": ").append(v).append('\n'));
    return y.toString();
  }

  private static void role(StringBuilder y, String role, String scope) {
    y.append("      - {role: ").append(role).append(", scope: \"").append(scope).append("\"}\n");
  }

  /** Azure Digital Twins Data Owner, the role the data plane requires of the caller. */
  static final String ADT_DATA_OWNER = "bcd981a7-7f74-457b-83e1-cceb9e632ffe";

  /**
   * A sandbox seed document that creates the stack's resource group and the destinations, and gives
   * {@code callerPrincipalId} Data Owner on the subscription, as a real user's setup would: the
   * benchmark measures dtplan with the sandbox's data-plane RBAC on, as on Azure.
   */
  public static String seedJson(String callerPrincipalId) {
    List<String> ids = new ArrayList<>();
    ids.add(NAMESPACE);
    for (int k = 0; k < ENDPOINTS; k++) {
      ids.add(hub(k));
    }
    ids.add(ACCOUNT);
    ids.add(CONTAINER);
    List<String> entries = new ArrayList<>();
    for (String id : ids) {
      entries.add(
          "{\"id\":\"" + id + "\",\"body\":{\"location\":\"westeurope\",\"properties\":{}}}");
    }
    return "{\"resourceGroups\":[{\"subscriptionId\":\""
        + SUBSCRIPTION
        + "\",\"name\":\""
        + RESOURCE_GROUP
        + "\",\"location\":\"westeurope\"}],\"resources\":["
        + String.join(",", entries)
        + "],\"roleAssignments\":[{\"id\":\"/subscriptions/"
        + SUBSCRIPTION
        + "/providers/Microsoft.Authorization/roleAssignments/"
        + uuid("caller-data-owner")
        + "\",\"properties\":{\"roleDefinitionId\":"
        + "\"/providers/Microsoft.Authorization/roleDefinitions/"
        + ADT_DATA_OWNER
        + "\",\"principalId\":\""
        + callerPrincipalId
        + "\"}}]}";
  }

  public Spec load() {
    return load(specYaml());
  }

  static Spec load(String text) {
    try {
      return new SpecLoader().parse("bench.yaml", text, options());
    } catch (dtplan.diag.InvalidSpecException e) {
      throw new IllegalStateException("the generated spec is invalid: " + e.diagnostics(), e);
    }
  }

  public static SpecOptions options() {
    return new SpecOptions(Map.of(), vars(), null, SUBSCRIPTION);
  }

  /** The destinations as the provider reads them from the seeded sandbox. */
  public static List<Destination> destinations() {
    List<Destination> out = new ArrayList<>();
    out.add(
        new Destination(
            NAMESPACE, true, "https://ns-bench.servicebus.windows.net:443/", null, null));
    for (int k = 0; k < ENDPOINTS; k++) {
      out.add(
          new Destination(
              hub(k), true, "https://ns-bench.servicebus.windows.net:443/", null, null));
    }
    out.add(new Destination(ACCOUNT, true, null, null, "https://stbench.blob.core.windows.net/"));
    out.add(new Destination(CONTAINER, true, null, null, "https://stbench.blob.core.windows.net/"));
    return out;
  }

  public static ReadResponse empty() {
    return new ReadResponse(
        List.of(), List.of(), List.of(), List.of(), List.of(), destinations(), Map.of());
  }

  /**
   * The live state of this stack once applied: what a fresh plan creates, with the values only
   * Azure knows (principal ids, host names) filled in. {@code drifts} resources are then changed
   * outside dtplan: a route filter edited, an endpoint deleted, a role assignment deleted, a tag
   * changed, round robin over the instances.
   */
  public ReadResponse applied(int drifts) {
    Map<dtplan.plan.ResourceAddress, String> principals = new HashMap<>();
    List<Instance> instanceList = new ArrayList<>();
    List<Endpoint> endpoints = new ArrayList<>();
    List<Route> routes = new ArrayList<>();
    List<RoleAssignment> assignments = new ArrayList<>();
    List<UserIdentity> identities = new ArrayList<>();
    List<PlannedChange> all = new ArrayList<>();
    freshPlans(1).forEach(p -> all.addAll(p.changes()));
    for (PlannedChange c : all) {
      if (c.after() instanceof Instance i) {
        String principal = uuid("principal:" + i.id());
        principals.put(c.address(), principal);
        instanceList.add(
            new Instance(
                i.id(),
                i.location(),
                i.tags(),
                new InstanceIdentity(
                    i.identity().system(),
                    i.identity().userAssigned(),
                    principal,
                    "11111111-1111-1111-1111-111111111111",
                    Map.of()),
                i.publicNetworkAccess(),
                "https://" + i.name() + ".api.weu.digitaltwins.azure.net",
                "Succeeded"));
      }
    }
    for (PlannedChange c : all) {
      Resource r = c.after();
      if (r instanceof Endpoint e) {
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
                null,
                "Succeeded"));
      } else if (r instanceof Route route) {
        routes.add(route);
      } else if (r instanceof RoleAssignment ra) {
        String principal =
            ra.principalId() != null
                ? ra.principalId()
                : principals.get(c.unknowns().get(dtplan.model.RoleAssignment.PRINCIPAL_ID));
        assignments.add(
            new RoleAssignment(
                ra.scope(),
                principal,
                ra.roleDefinitionId(),
                RoleAssignmentNames.of(ra.scope(), principal, ra.roleDefinitionId()),
                ra.description()));
      } else if (r instanceof UserIdentity u) {
        identities.add(u);
      }
    }
    for (int d = 0; d < drifts; d++) {
      int i = (d * 7919) % instanceList.size();
      switch (d % 4) {
        case 0 -> {
          Route old = routes.get(i * ROUTES);
          routes.set(
              i * ROUTES, new Route(old.instanceId(), old.name(), old.endpointName(), "false"));
        }
        case 1 -> endpoints.remove(i * ENDPOINTS + ENDPOINTS - 1 - d % ENDPOINTS);
        case 2 -> assignments.remove(i * (ROLES - 1));
        default -> {
          Instance old = instanceList.get(i);
          Map<String, String> tags = new HashMap<>(old.tags());
          tags.put("team", "drifted");
          instanceList.set(
              i,
              new Instance(
                  old.id(),
                  old.location(),
                  tags,
                  old.identity(),
                  old.publicNetworkAccess(),
                  old.hostName(),
                  old.provisioningState()));
        }
      }
    }
    return new ReadResponse(
        instanceList, endpoints, routes, identities, assignments, destinations(), Map.of());
  }

  /**
   * The first-apply plans of the stack, {@code chunk} instances per plan. Planning the instances a
   * few at a time keeps set-up linear in the stack size, where one plan of the whole stack is not
   * (docs/benchmarks.md, item 1).
   */
  public List<Plan> freshPlans(int chunk) {
    List<Plan> plans = new ArrayList<>();
    for (int from = 0; from < instances; from += chunk) {
      Spec spec = load(specYaml(from, Math.min(instances, from + chunk)));
      Plan plan = new Planner().plan("bench", spec, empty(), "digest");
      if (plan.hasErrors()) {
        throw new IllegalStateException("the benchmark plan has errors: " + plan.consequences());
      }
      plans.add(plan);
    }
    return plans;
  }

  private static String uuid(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
