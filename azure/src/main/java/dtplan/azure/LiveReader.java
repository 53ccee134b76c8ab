package dtplan.azure;

import com.azure.core.util.Context;
import dtplan.model.ArmId;
import dtplan.model.DataExplorerPrincipal;
import dtplan.model.DataHistoryConnection;
import dtplan.model.Destination;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.RoleAssignment;
import dtplan.model.Route;
import dtplan.model.UserIdentity;
import dtplan.plan.DataHistoryTag;
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
import java.util.concurrent.Future;

/**
 * One read of live state, in two rounds of bounded concurrent calls; each kind's own calls are in
 * its class ({@link InstanceWriter#list}, {@link EndpointWriter#list}, …), this class only says
 * what is read when. Round one: the resource group's instances (one list), its user identities (one
 * list), destinations and role names. Round two, per kept instance: its endpoints (one list) and
 * routes (one data-plane list); per distinct principal: its role assignments (one filtered list);
 * and the group's private endpoints (one list, then one per private endpoint and per instance they
 * reach). So a stack of n instances without private endpoints costs 2 + 3n calls, and one more per
 * instance that has data history connections (its tag {@link DataHistoryTag} says so) or whose spec
 * declares some (ReadRequest#readsDataHistoryOf). Round two needs only the instance and identity
 * lists, so it starts as soon as they are in, while destinations (an event hub, then its namespace:
 * two round trips) and role names are still being read.
 */
final class LiveReader {
  /** The round-one answer of {@link UserIdentityWriter#list}, told apart from the others. */
  private record Identities(List<UserIdentity> identities) {}

  /** The round-one answer of {@link DataExplorerPrincipalWriter#list}. */
  private record AdxPrincipals(List<DataExplorerPrincipal> principals) {}

  /**
   * A data history connection's database among the destinations: its principal assignments are
   * read, since the connection's identity must be Admin there.
   */
  private static boolean isDataExplorerDatabase(String id) {
    String lower = id.toLowerCase(Locale.ROOT);
    return lower.contains("/providers/microsoft.kusto/clusters/") && lower.contains("/databases/");
  }

  private final UserIdentityWriter userIdentities;
  private final InstanceWriter instances;
  private final EndpointWriter endpoints;
  private final RouteWriter routes;
  private final RoleAssignmentWriter roleAssignments;
  private final PrivateEndpointWriter privateEndpoints;
  private final DataHistoryWriter dataHistory;
  private final DataExplorerPrincipalWriter dataExplorerPrincipals;
  private final DestinationReader destinations;
  private final RoleDefinitionCache roleDefinitions;
  private final ProviderListener listener;
  private final int parallelism;
  private final AzureConnection connection;

  LiveReader(
      AzureConnection connection,
      UserIdentityWriter userIdentities,
      InstanceWriter instances,
      EndpointWriter endpoints,
      RouteWriter routes,
      RoleAssignmentWriter roleAssignments,
      PrivateEndpointWriter privateEndpoints,
      DataHistoryWriter dataHistory,
      DataExplorerPrincipalWriter dataExplorerPrincipals,
      GenericResources generic,
      RoleDefinitionCache roleDefinitions,
      ProviderListener listener,
      int parallelism) {
    this.connection = connection;
    this.userIdentities = userIdentities;
    this.instances = instances;
    this.endpoints = endpoints;
    this.routes = routes;
    this.roleAssignments = roleAssignments;
    this.privateEndpoints = privateEndpoints;
    this.dataHistory = dataHistory;
    this.dataExplorerPrincipals = dataExplorerPrincipals;
    this.destinations = new DestinationReader(generic);
    this.roleDefinitions = roleDefinitions;
    this.listener = listener;
    this.parallelism = parallelism;
  }

  ReadResponse read(ReadRequest request, String subscription) {
    // Event hubs of one namespace (containers of one account) share the parent read.
    ParentReads parents = new ParentReads();
    String sub = request.subscription() == null ? subscription : request.subscription();
    String rgId = "/subscriptions/" + sub + "/resourceGroups/" + request.resourceGroup();

    try (Bounded reads = new Bounded(parallelism)) {
      return read(request, sub, rgId, parents, reads);
    }
  }

  private ReadResponse read(
      ReadRequest request, String sub, String rgId, ParentReads parents, Bounded reads) {
    List<Callable<Object>> first = new ArrayList<>();
    first.add(() -> instances.list(rgId, request));
    first.add(
        () ->
            new Identities(
                userIdentities.list(
                    sub, request.resourceGroup(), request.stack(), request.userIdentityIds())));
    for (String id : request.destinationIds()) {
      first.add(() -> readDestination(id, parents));
    }
    for (String id : request.destinationIds()) {
      if (isDataExplorerDatabase(id)) {
        first.add(() -> new AdxPrincipals(dataExplorerPrincipals.list(id)));
      }
    }
    for (String name : request.roleNames()) {
      first.add(() -> Map.entry(name, resolveRole(name)));
    }
    String callerId = connection.callerObjectId();
    if (callerId != null) {
      first.add(() -> new Caller(callerId, roleAssignments.assignedTo(rgId, callerId)));
    }
    List<Future<Object>> firstStarted = reads.startAll(first);
    for (String id : request.destinationIds()) {
      destinations.startParent(id, ctx(id), parents, reads);
    }
    // Round two waits for the instance and identity lists only (the first two calls).
    List<Object> firstResults = Bounded.joinAll(firstStarted.subList(0, 2));
    Caller caller = Caller.UNKNOWN;

    List<Instance> instances = new ArrayList<>();
    List<UserIdentity> identities = new ArrayList<>();
    List<Destination> dests = new ArrayList<>();
    List<DataExplorerPrincipal> adxPrincipals = new ArrayList<>();
    Map<String, String> roles = new LinkedHashMap<>();
    for (Object r : firstResults) {
      if (r instanceof List<?> list) {
        list.forEach(i -> instances.add((Instance) i));
      } else if (r instanceof Identities found) {
        identities.addAll(found.identities());
      }
    }

    Set<String> principals = new LinkedHashSet<>();
    for (Instance i : instances) {
      i.identity().principalIds().forEach(p -> addPrincipal(principals, p));
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
      second.add(() -> endpoints.list(i.id()));
      if (request.readsDataHistoryOf(i.id(), DataHistoryTag.on(i.tags()))) {
        second.add(() -> dataHistory.list(i.id()));
      }
      if (i.hostName() != null) {
        second.add(() -> routes.list(i));
      }
    }
    second.add(() -> List.of(privateEndpoints.list(rgId, instances, request.stack())));
    for (String p : principals) {
      for (String s : subscriptions) {
        second.add(() -> roleAssignments.listOf(s, p));
      }
    }
    List<Future<Object>> secondStarted = reads.startAll(second);
    for (Object r : Bounded.joinAll(firstStarted.subList(2, firstStarted.size()))) {
      if (r instanceof Destination d) {
        dests.add(d);
      } else if (r instanceof Map.Entry<?, ?> e && e.getValue() instanceof Optional<?> guid) {
        guid.ifPresent(g -> roles.put((String) e.getKey(), (String) g));
      } else if (r instanceof Caller c) {
        caller = c;
      } else if (r instanceof AdxPrincipals found) {
        adxPrincipals.addAll(found.principals());
      }
    }
    parents.awaitStarted();
    List<Endpoint> endpoints = new ArrayList<>();
    List<RouteReadFailure> routeFailures = new ArrayList<>();
    List<Route> routeList = new ArrayList<>();
    List<DataHistoryConnection> connections = new ArrayList<>();
    Map<String, RoleAssignment> assignments = new LinkedHashMap<>();
    PrivateEndpointWriter.PrivateLinks links =
        new PrivateEndpointWriter.PrivateLinks(List.of(), List.of());
    for (Object r : Bounded.joinAll(secondStarted)) {
      for (Object item : (List<?>) r) {
        if (item instanceof Endpoint e) {
          endpoints.add(e);
        } else if (item instanceof DataHistoryConnection c) {
          connections.add(c);
        } else if (item instanceof Route rt) {
          routeList.add(rt);
        } else if (item instanceof RouteReadFailure f) {
          routeFailures.add(f);
        } else if (item instanceof PrivateEndpointWriter.PrivateLinks found) {
          links = found;
        } else if (item instanceof RoleAssignment ra) {
          // The same assignment can come back for two principals' lists or at two scopes.
          assignments.putIfAbsent(ra.id().toLowerCase(Locale.ROOT), ra);
        }
      }
    }
    // A connection's database Admin lives in the database, so nothing deletes it with the
    // connection or its instance: a database only a live connection names (the spec dropped or
    // moved it) is read too, so the plan can delete the Admin dtplan made there.
    Set<String> readDatabases = new LinkedHashSet<>();
    request.destinationIds().stream()
        .filter(LiveReader::isDataExplorerDatabase)
        .forEach(id -> readDatabases.add(ArmId.normalize(id).toLowerCase(Locale.ROOT)));
    List<Callable<List<DataExplorerPrincipal>>> third = new ArrayList<>();
    for (DataHistoryConnection c : connections) {
      String database = c.databaseId();
      if (database != null
          && readDatabases.add(ArmId.normalize(database).toLowerCase(Locale.ROOT))) {
        third.add(() -> dataExplorerPrincipals.list(database));
      }
    }
    Bounded.joinAll(reads.startAll(third)).forEach(adxPrincipals::addAll);
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
        routeFailures,
        links.endpoints(),
        links.connections(),
        connections,
        adxPrincipals);
  }

  private static void addPrincipal(Set<String> principals, String principal) {
    if (principal != null && !principal.isBlank()) {
      principals.add(principal.toLowerCase(Locale.ROOT));
    }
  }

  private Context ctx(String resourceId) {
    return RetryReporting.context(listener, resourceId);
  }

  private Destination readDestination(String id, ParentReads parents) {
    return Failures.guard("Reading " + id, id, () -> destinations.read(id, ctx(id), parents));
  }

  private Optional<String> resolveRole(String name) {
    return Failures.guard(
        "Looking up role definition '" + name + "'",
        name,
        () -> roleDefinitions.guidOf(name, ctx(name)));
  }
}
