package dtplan.provider;

import dtplan.model.DataExplorerPrincipal;
import dtplan.model.DataHistoryConnection;
import dtplan.model.Destination;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.PrivateEndpoint;
import dtplan.model.PrivateEndpointConnection;
import dtplan.model.RoleAssignment;
import dtplan.model.Route;
import dtplan.model.UserIdentity;
import java.util.List;
import java.util.Map;

/**
 * Live state as read. Absent things are simply not listed (a user identity that does not exist is
 * missing from {@code userIdentities}). {@code roleDefinitions} maps each requested role name to
 * its GUID; names Azure does not know are missing. {@code caller} is who reads; {@code
 * routeReadFailures} names the instances whose routes Azure refused to list. {@code
 * privateEndpoints} are the resource group's private endpoints that reach a read instance or carry
 * the stack's tag; {@code privateEndpointConnections} the connections of the instances they reach.
 * {@code dataHistory} are the data history connections of the read instances that have any; {@code
 * dataExplorerPrincipals} the principal assignments of the Azure Data Explorer databases among
 * {@code destinations}.
 */
public record ReadResponse(
    List<Instance> instances,
    List<Endpoint> endpoints,
    List<Route> routes,
    List<UserIdentity> userIdentities,
    List<RoleAssignment> roleAssignments,
    List<Destination> destinations,
    Map<String, String> roleDefinitions,
    Caller caller,
    List<RouteReadFailure> routeReadFailures,
    List<PrivateEndpoint> privateEndpoints,
    List<PrivateEndpointConnection> privateEndpointConnections,
    List<DataHistoryConnection> dataHistory,
    List<DataExplorerPrincipal> dataExplorerPrincipals) {
  /** Live state without private endpoints or data history. */
  public ReadResponse(
      List<Instance> instances,
      List<Endpoint> endpoints,
      List<Route> routes,
      List<UserIdentity> userIdentities,
      List<RoleAssignment> roleAssignments,
      List<Destination> destinations,
      Map<String, String> roleDefinitions,
      Caller caller,
      List<RouteReadFailure> routeReadFailures) {
    this(
        instances,
        endpoints,
        routes,
        userIdentities,
        roleAssignments,
        destinations,
        roleDefinitions,
        caller,
        routeReadFailures,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** Live state read by an unknown caller that could read every instance's routes. */
  public ReadResponse(
      List<Instance> instances,
      List<Endpoint> endpoints,
      List<Route> routes,
      List<UserIdentity> userIdentities,
      List<RoleAssignment> roleAssignments,
      List<Destination> destinations,
      Map<String, String> roleDefinitions) {
    this(
        instances,
        endpoints,
        routes,
        userIdentities,
        roleAssignments,
        destinations,
        roleDefinitions,
        Caller.UNKNOWN,
        List.of());
  }

  public ReadResponse {
    instances = List.copyOf(instances);
    endpoints = List.copyOf(endpoints);
    routes = List.copyOf(routes);
    userIdentities = List.copyOf(userIdentities);
    roleAssignments = List.copyOf(roleAssignments);
    destinations = List.copyOf(destinations);
    roleDefinitions = Map.copyOf(roleDefinitions);
    caller = caller == null ? Caller.UNKNOWN : caller;
    routeReadFailures = routeReadFailures == null ? List.of() : List.copyOf(routeReadFailures);
    privateEndpoints = privateEndpoints == null ? List.of() : List.copyOf(privateEndpoints);
    privateEndpointConnections =
        privateEndpointConnections == null ? List.of() : List.copyOf(privateEndpointConnections);
    dataHistory = dataHistory == null ? List.of() : List.copyOf(dataHistory);
    dataExplorerPrincipals =
        dataExplorerPrincipals == null ? List.of() : List.copyOf(dataExplorerPrincipals);
  }
}
