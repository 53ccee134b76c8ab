package dtplan.azure;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.azure.digitaltwins.core.DigitalTwinsClient;
import com.azure.digitaltwins.core.models.DigitalTwinsEventRoute;
import com.azure.digitaltwins.core.models.ListDigitalTwinsEventRoutesOptions;
import com.fasterxml.jackson.databind.JsonNode;
import dtplan.model.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Event routes on an instance's data plane, through azure-digitaltwins-core. */
final class EventRoutes {
  private static final String WHAT = "the Azure Digital Twins data plane";

  private final AzureConnection connection;

  EventRoutes(AzureConnection connection) {
    this.connection = connection;
  }

  List<Route> list(String hostName, String instanceId, Context ctx) {
    return call(
        hostName,
        () -> {
          List<Route> routes = new ArrayList<>();
          for (DigitalTwinsEventRoute r :
              client(hostName).listEventRoutes(new ListDigitalTwinsEventRoutesOptions(), ctx)) {
            routes.add(
                new Route(instanceId, r.getEventRouteId(), r.getEndpointName(), r.getFilter()));
          }
          return routes;
        });
  }

  void put(String hostName, Route route, Context ctx) {
    DigitalTwinsEventRoute body =
        new DigitalTwinsEventRoute(route.endpointName()).setFilter(route.filter());
    call(
        hostName,
        () -> client(hostName).createOrReplaceEventRouteWithResponse(route.name(), body, ctx));
  }

  /** False when the route did not exist. */
  boolean delete(String hostName, String name, Context ctx) {
    try {
      call(hostName, () -> client(hostName).deleteEventRouteWithResponse(name, ctx));
      return true;
    } catch (AzureCallException e) {
      if (e.status() == 404) {
        return false;
      }
      throw e;
    }
  }

  private DigitalTwinsClient client(String hostName) {
    return connection.digitalTwins(hostName);
  }

  private static <T> T call(String hostName, Supplier<T> call) {
    try {
      return call.get();
    } catch (HttpResponseException e) {
      throw describe(e);
    } catch (RuntimeException e) {
      throw ConnectionFailures.describe(e, WHAT, AzureConnection.dataPlaneUrl(hostName) + "/");
    }
  }

  /** The data plane names its error in a header and in the body; either will do. */
  private static AzureCallException describe(HttpResponseException e) {
    HttpResponse response = e.getResponse();
    int status = response == null ? 0 : response.getStatusCode();
    String code = response == null ? null : response.getHeaderValue("x-ms-error-code");
    String message = null;
    JsonNode body = null;
    if (response != null) {
      try {
        body = Json.parse(response.getBodyAsBinaryData().toString());
      } catch (RuntimeException ignored) {
        // the body was already consumed; the exception message still says what happened
      }
    }
    if (body == null && e.getMessage() != null && e.getMessage().contains("{")) {
      body = Json.parse(e.getMessage().substring(e.getMessage().indexOf('{')));
    }
    JsonNode error = Json.at(body, "error");
    if (error != null) {
      code = code == null ? Json.text(error, "code") : code;
      message = Json.text(error, "message");
    } else if (Json.text(body, "message") != null) {
      // Private Link's refusal has no error object: {"statusCode":403,"message":"Public network
      // access disabled by policy."} (Azure Digital Twins docs, how-to-enable-private-link.md).
      message = Json.text(body, "message");
    }
    if (code == null) {
      code = status == 403 ? "Forbidden" : "HTTP" + status;
    }
    if (message == null) {
      message = "The data plane answered HTTP " + status + ".";
    }
    if (status == 403) {
      // Azure's RBAC refusal has an empty body (digital-twins-samples#22,
      // azure-sdk-for-java#22640).
      message +=
          " Event routes need Azure Digital Twins Data Owner (Data Reader to read) for the caller"
              + " on the instance, and a network path to it when its public network access is"
              + " disabled.";
    }
    return new AzureCallException(
        status,
        code,
        message,
        TransientRetryStrategy.isTransientStatus(status)
            || AzureCallException.isSelfClearing(code));
  }
}
