package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dtplan.routefilter.FilterError;
import dtplan.routefilter.RouteFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ADT data plane of each instance, served under {@code /_dataplane/{sub}/{rg}/{instance}} (the
 * instance's hostName). Only event routes are implemented. Every call passes {@link NetworkAccess}
 * and then {@link DataPlaneRbac} before it is served.
 */
final class DataPlane {
  static final int MAX_ROUTES = 6;
  private static final Pattern ROUTE_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$");

  private final Backend b;
  private final DataPlaneRbac rbac;

  DataPlane(Backend b) {
    this.b = b;
    this.rbac = new DataPlaneRbac(b);
  }

  Resp handle(Req req) {
    List<String> s = req.segments();
    if (s.size() < 5 || !Paths.is(s.get(4), "eventroutes") || s.size() > 6) {
      throw ApiError.notFound("NotFound", "The requested resource was not found.");
    }
    String instanceId =
        Backend.groupId(s.get(1), s.get(2))
            + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/"
            + s.get(3);
    ObjectNode instance = b.resource(instanceId);
    if (instance == null
        || Json.text(Json.obj(instance, "properties"), "hostName") == null
        || "Deleting".equals(Json.text(Json.obj(instance, "properties"), "provisioningState"))) {
      throw ApiError.notFound(
          "InstanceNotFound", "The Digital Twins instance '" + s.get(3) + "' was not found.");
    }
    Optional<Resp> refused =
        NetworkAccess.refusal(b.config, instance).or(() -> rbac.refusal(req.method(), instance));
    if (refused.isPresent()) {
      return refused.get();
    }
    String key = Paths.key(Json.text(instance, "id"));
    Map<String, ObjectNode> routes = b.data.routes.computeIfAbsent(key, k -> new LinkedHashMap<>());
    if (s.size() == 5) {
      if (!req.method().equals("GET")) {
        throw new ApiError(405, "MethodNotAllowed", "The requested method is not allowed.");
      }
      return EventRouteList.page(b, req, instance, routes);
    }
    String id = s.get(5);
    ObjectNode existing = routes.get(id);
    switch (req.method()) {
      case "GET" -> {
        if (existing == null) {
          throw routeNotFound();
        }
        return Resp.of(200, existing.deepCopy());
      }
      case "DELETE" -> {
        if (existing == null) {
          throw routeNotFound();
        }
        routes.remove(id);
        EventRouteList.deleted(b, key, id);
        return Resp.empty(204);
      }
      case "PUT" -> {
        put(req.requireBody(), instance, routes, id, existing);
        return Resp.empty(204);
      }
      default ->
          throw new ApiError(405, "MethodNotAllowed", "The requested method is not allowed.");
    }
  }

  /**
   * Word for word as the service answers
   * (EventRoutesTest.getEventRouteThrowsIfEventRouteDoesNotExist [1].json); the id is not part of
   * it.
   */
  private static ApiError routeNotFound() {
    return ApiError.notFound(
        "EventRouteNotFound",
        "There is no route available that matches the provided input. Check for all valid event"
            + " routes by calling EventRoute_List. See Swagger example (https://aka.ms/RouteSwSmpl).");
  }

  private void put(
      JsonNode in,
      ObjectNode instance,
      Map<String, ObjectNode> routes,
      String id,
      ObjectNode existing) {
    if (!ROUTE_ID.matcher(id).matches()) {
      throw ApiError.badRequest(
          "EventRouteIdInvalid", "The event route id '" + id + "' is invalid.");
    }
    String endpointName = Json.text(in, "endpointName");
    String filter = Json.text(in, "filter");
    if (filter == null || filter.isBlank()) {
      throw ApiError.badRequest(
          "EventRouteFilterInvalid",
          "The provided filter is invalid. A filter is required; use 'true' to route every"
              + " event.");
    }
    // The grammar `dtplan validate` uses too, checked against Azure's recorded answer.
    FilterError invalid = RouteFilter.check(filter).orElse(null);
    if (invalid != null) {
      throw ApiError.badRequest("EventRouteFilterInvalid", invalid.azureMessage());
    }
    ObjectNode endpoint =
        endpointName == null
            ? null
            : b.resource(Json.text(instance, "id") + "/endpoints/" + endpointName);
    if (endpoint == null || !Endpoints.active(endpoint)) {
      throw ApiError.badRequest(
          "EventRouteEndpointInvalid", "The endpoint provided does not exist or is not active.");
    }
    if (existing == null && routes.size() >= MAX_ROUTES) {
      throw ApiError.badRequest(
          "LimitExceeded",
          "The maximum number of event routes (" + MAX_ROUTES + ") has been reached.");
    }
    ObjectNode r = Json.object();
    r.put("id", id);
    r.put("endpointName", endpointName);
    r.put("filter", filter);
    routes.put(id, r);
    if (existing == null) {
      EventRouteList.created(b, Paths.key(Json.text(instance, "id")), id);
    }
  }
}
