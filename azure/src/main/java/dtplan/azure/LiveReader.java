package dtplan.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.authorization.fluent.RoleAssignmentsClient;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.ArmId;
import dtplan.model.Destination;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.RoleAssignment;
import dtplan.model.Route;
import dtplan.model.UserIdentity;
import dtplan.plan.RoleSubscriptionsTag;
import dtplan.provider.Caller;
import dtplan.provider.ProviderListener;
import dtplan.provider.ReadRequest;
import dtplan.provider.ReadResponse;
import dtplan.provider.RouteReadFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * One read of live state, in two rounds of bounded concurrent calls. Round one: the resource
 * group's instances (one list), the user identities, destinations and role names. Round two, per
 * kept instance: its endpoints (one list) and routes (one data-plane list); per distinct principal:
 * its role assignments (one filtered list). So a stack of n instances costs 1 + 3n calls.
 */
final class LiveReader {
  static final String STACK_TAG = "dtplan-stack";

  private final ArmLists arm;
  private final GenericResources generic;
  private final UserIdentityWriter userIdentities;
  private final RoleAssignmentsClient roleAssignments;
  private final String armEndpoint;
  private final EventRoutes routes;
  private final DestinationReader destinations;
  private final RoleDefinitionCache roleDefinitions;
  private final HostNames hostNames;
  private final ProviderListener listener;
  private final int parallelism;
  private final AzureConnection connection;
  private final Settling settling;

  LiveReader(
      AzureConnection connection,
      ArmLists arm,
      GenericResources generic,
      UserIdentityWriter userIdentities,
      EventRoutes routes,
      RoleDefinitionCache roleDefinitions,
      HostNames hostNames,
      ProviderListener listener,
      Settling settling,
      int parallelism) {
    this.arm = arm;
    this.generic = generic;
    this.userIdentities = userIdentities;
    this.roleAssignments =
        connection.authorizationManager().roleServiceClient().getRoleAssignments();
    this.armEndpoint = connection.armEndpoint();
    this.routes = routes;
    this.destinations = new DestinationReader(generic);
    this.roleDefinitions = roleDefinitions;
    this.hostNames = hostNames;
    this.listener = listener;
    this.parallelism = parallelism;
    this.connection = connection;
    this.settling = settling;
  }

  ReadResponse read(ReadRequest request, String subscription) {
    // Event hubs of one namespace (containers of one account) share the parent read.
    Map<String, Optional<JsonNode>> parents = new java.util.concurrent.ConcurrentHashMap<>();
    String sub = request.subscription() == null ? subscription : request.subscription();
    String rgId = "/subscriptions/" + sub + "/resourceGroups/" + request.resourceGroup();

    List<Callable<Object>> first = new ArrayList<>();
    first.add(() -> listInstances(rgId, request));
    for (String id : request.userIdentityIds()) {
      first.add(() -> userIdentities.read(id));
    }
    for (String id : request.destinationIds()) {
      first.add(() -> readDestination(id, parents));
    }
    for (String name : request.roleNames()) {
      first.add(() -> Map.entry(name, resolveRole(name)));
    }
    String callerId = connection.callerObjectId();
    if (callerId != null) {
      first.add(() -> new Caller(callerId, callerAssignments(rgId, callerId)));
    }
    List<Object> firstResults = Bounded.all(parallelism, first);
    Caller caller = Caller.UNKNOWN;

    List<Instance> instances = new ArrayList<>();
    List<UserIdentity> identities = new ArrayList<>();
    List<Destination> dests = new ArrayList<>();
    Map<String, String> roles = new LinkedHashMap<>();
    for (Object r : firstResults) {
      if (r instanceof List<?> list) {
        list.forEach(i -> instances.add((Instance) i));
      } else if (r instanceof Optional<?> o) {
        o.ifPresent(u -> identities.add((UserIdentity) u));
      } else if (r instanceof Destination d) {
        dests.add(d);
      } else if (r instanceof Map.Entry<?, ?> e && e.getValue() instanceof Optional<?> guid) {
        guid.ifPresent(g -> roles.put((String) e.getKey(), (String) g));
      } else if (r instanceof Caller c) {
        caller = c;
      }
    }

    Set<String> principals = new LinkedHashSet<>();
    for (Instance i : instances) {
      addPrincipal(principals, i.identity().principalId());
      i.identity().userPrincipalIds().values().forEach(p -> addPrincipal(principals, p));
    }
    identities.forEach(u -> addPrincipal(principals, u.principalId()));
    request.principalIds().forEach(p -> addPrincipal(principals, p));
    // Role assignments live in the subscription of their scope; a spec may grant in others.
    Set<String> subscriptions = new LinkedHashSet<>();
    subscriptions.add(sub.toLowerCase(Locale.ROOT));
    request.scopeSubscriptions().forEach(s -> subscriptions.add(s.toLowerCase(Locale.ROOT)));
    // Grants the spec no longer names are still found where the instance recorded them.
    instances.forEach(i -> subscriptions.addAll(RoleSubscriptionsTag.decode(i.tags())));

    List<Callable<Object>> second = new ArrayList<>();
    for (Instance i : instances) {
      second.add(() -> listEndpoints(i.id()));
      if (i.hostName() != null) {
        second.add(() -> listRoutes(i));
      }
    }
    for (String p : principals) {
      for (String s : subscriptions) {
        second.add(() -> listRoleAssignments(s, p));
      }
    }
    List<Endpoint> endpoints = new ArrayList<>();
    List<RouteReadFailure> routeFailures = new ArrayList<>();
    List<Route> routeList = new ArrayList<>();
    Map<String, RoleAssignment> assignments = new LinkedHashMap<>();
    for (Object r : Bounded.all(parallelism, second)) {
      for (Object item : (List<?>) r) {
        if (item instanceof Endpoint e) {
          endpoints.add(e);
        } else if (item instanceof Route rt) {
          routeList.add(rt);
        } else if (item instanceof RouteReadFailure f) {
          routeFailures.add(f);
        } else if (item instanceof RoleAssignment ra) {
          // The same assignment can come back for two principals' lists or at two scopes.
          assignments.putIfAbsent(ra.id().toLowerCase(Locale.ROOT), ra);
        }
      }
    }
    // The caller's own grants made by this stack are diffed like any other assignment.
    caller
        .assignments()
        .forEach(ra -> assignments.putIfAbsent(ra.id().toLowerCase(Locale.ROOT), ra));
    return new ReadResponse(
        instances,
        endpoints,
        routeList,
        identities,
        new ArrayList<>(assignments.values()),
        dests,
        roles,
        caller,
        routeFailures);
  }

  /**
   * Every assignment that applies to the caller at, above or below the resource group: {@code
   * assignedTo} also returns those of groups the caller belongs to (Azure RBAC REST docs, "List
   * role assignments for a principal").
   */
  private List<RoleAssignment> callerAssignments(String rgId, String callerId) {
    return listAssignments(
        "Listing the role assignments of the caller " + callerId,
        rgId,
        "assignedTo('" + callerId + "')",
        rgId);
  }

  private static void addPrincipal(Set<String> principals, String principal) {
    if (principal != null && !principal.isBlank()) {
      principals.add(principal.toLowerCase(Locale.ROOT));
    }
  }

  private Context ctx(String resourceId) {
    return RetryReporting.context(listener, resourceId);
  }

  private List<Instance> listInstances(String rgId, ReadRequest request) {
    List<JsonNode> listed =
        Failures.guard(
            "Listing the Digital Twins instances of resource group " + request.resourceGroup(),
            rgId,
            () -> arm.instances(rgId, ctx(rgId)));
    Set<String> named = new LinkedHashSet<>();
    request.instanceIds().forEach(id -> named.add(ArmId.normalize(id).toLowerCase(Locale.ROOT)));
    List<Instance> kept = new ArrayList<>();
    for (JsonNode json : listed) {
      Instance i = InstanceJson.fromArm(json);
      String key = i.id().toLowerCase(Locale.ROOT);
      if (ownedBy(i, request.stack()) || named.contains(key)) {
        settledInstance(i.id(), json).ifPresent(kept::add);
      }
      named.remove(key);
    }
    // Named instances outside the listed group are read one by one; absent ones are not listed.
    for (String id : named) {
      settledInstance(id, readInstance(id)).ifPresent(kept::add);
    }
    kept.forEach(i -> hostNames.remember(i.id(), i.hostName()));
    return kept;
  }

  private JsonNode readInstance(String id) {
    return Failures.guard(
        "Reading Digital Twins instance " + id,
        id,
        () -> generic.get(id, ApiVersions.DIGITAL_TWINS, ctx(id)));
  }

  /** The instance once no operation runs on it; empty when it is gone by then (or was). */
  private Optional<Instance> settledInstance(String id, JsonNode json) {
    JsonNode settled =
        Failures.guard(
            "Reading Digital Twins instance " + id,
            id,
            () -> settling.settled(id, "Digital Twins instance", json, () -> readInstance(id)));
    return Optional.ofNullable(settled).map(InstanceJson::fromArm);
  }

  /** Tag names are case-insensitive in ARM; the value is the stack name as written. */
  static boolean ownedBy(Instance instance, String stack) {
    if (stack == null) {
      return false;
    }
    return instance.tags().entrySet().stream()
        .anyMatch(e -> e.getKey().equalsIgnoreCase(STACK_TAG) && stack.equals(e.getValue()));
  }

  private Destination readDestination(String id, Map<String, Optional<JsonNode>> parents) {
    return Failures.guard("Reading " + id, id, () -> destinations.read(id, ctx(id), parents));
  }

  private Optional<String> resolveRole(String name) {
    return Failures.guard(
        "Looking up role definition '" + name + "'",
        name,
        () -> roleDefinitions.guidOf(name, ctx(name)));
  }

  private List<Endpoint> listEndpoints(String instanceId) {
    List<JsonNode> listed =
        Failures.guard(
            "Listing the endpoints of " + instanceId,
            instanceId,
            () -> arm.endpoints(instanceId, ctx(instanceId)));
    List<Endpoint> endpoints = new ArrayList<>();
    for (JsonNode json : listed) {
      Endpoint listedEndpoint = EndpointJson.fromArm(instanceId, json);
      String id = listedEndpoint.id();
      JsonNode settled =
          Failures.guard(
              "Reading endpoint " + id,
              id,
              () ->
                  settling.settled(
                      id,
                      "Endpoint",
                      json,
                      () -> generic.get(id, ApiVersions.DIGITAL_TWINS, ctx(id))));
      if (settled != null) {
        endpoints.add(EndpointJson.fromArm(instanceId, settled));
      }
    }
    return endpoints;
  }

  /**
   * The instance's routes, or why Azure refused to list them: a 403 (no data role, or public access
   * disabled) makes them unknown rather than failing the whole read, so the plan can say what to
   * do.
   */
  private List<?> listRoutes(Instance instance) {
    return Failures.guard(
        "Listing the event routes of " + instance.id(),
        instance.id(),
        () -> {
          try {
            return routes.list(instance.hostName(), instance.id(), ctx(instance.id()));
          } catch (AzureCallException e) {
            if (e.status() != 403) {
              throw e;
            }
            return List.of(new RouteReadFailure(instance.id(), e.code(), e.getMessage()));
          }
        });
  }

  private List<RoleAssignment> listRoleAssignments(String subscription, String principal) {
    return listAssignments(
        "Listing the role assignments of principal " + principal,
        "/subscriptions/" + subscription,
        "principalId eq '" + principal + "'",
        principal);
  }

  /** One filtered role-assignment list at a scope, every page of it. */
  private List<RoleAssignment> listAssignments(
      String action, String scope, String filter, String resourceId) {
    String encoded = SdkCalls.filter(filter);
    return Failures.guard(
        action,
        resourceId,
        () ->
            SdkCalls.arm(
                armEndpoint,
                () ->
                    roleAssignments
                        .listForScope(scope, encoded, null, null, ctx(resourceId))
                        .stream()
                        .map(RoleAssignmentJson::fromArm)
                        .toList()));
  }
}
