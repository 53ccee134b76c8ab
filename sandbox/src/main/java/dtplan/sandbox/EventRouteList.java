package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET {hostName}/eventroutes}, paged the way the service pages it. Source: the recording
 * EventRoutesTest.listEventRoutesPaginationWorks[1].json (Azure/azure-sdk-for-java,
 * sdk/digitaltwins/azure-digitaltwins-core/src/test/resources/session-records/). Its test sets
 * {@code max-items-per-page: 2} (EventRoutesTest.java; the recorder does not keep that header) and
 * creates five routes; the service answers pages of 2, 2 and 1 in creation order, each {@code
 * nextLink} an absolute {@code https://<host>/EventRoutes?continuationToken=<url-encoded
 * JSON>&api-version=<same>} (capital E, commas left unescaped), and the last page {@code
 * "nextLink":null}.
 */
final class EventRouteList {
  static final String MAX_ITEMS = "max-items-per-page";

  private EventRouteList() {}

  /** Records that a route was created, so it lists after every route created before it. */
  static void created(Backend b, String instanceKey, String routeId) {
    order(b, instanceKey).put(routeId, ++b.data.lastRouteSequence);
  }

  static void deleted(Backend b, String instanceKey, String routeId) {
    order(b, instanceKey).remove(routeId);
  }

  static Resp page(Backend b, Req req, ObjectNode instance, Map<String, ObjectNode> routes) {
    String instanceKey = Paths.key(Json.text(instance, "id"));
    Map<String, Long> order = order(b, instanceKey);
    // State written before routes had an order keeps the order of its map.
    routes.keySet().forEach(id -> order.computeIfAbsent(id, k -> ++b.data.lastRouteSequence));
    String scope = instanceKey + "/eventroutes";
    String token = req.query().get("continuationtoken");
    String after = token == null ? null : b.tokens().resume(innerToken(token), scope);
    List<ObjectNode> items = new ArrayList<>(routes.values());
    Pages.Page page =
        Pages.cut(
            items,
            r -> String.format(Locale.ROOT, "%019d", order.get(Json.text(r, "id"))),
            after,
            Math.min(Pages.size(b), maxItems(req)));
    ObjectNode out = Json.object();
    ArrayNode value = out.putArray("value");
    page.items().forEach(r -> value.add(r.deepCopy()));
    if (page.resumeAfter() == null) {
      out.putNull("nextLink");
    } else {
      String link =
          Instances.hostName(b, instance)
              + "/EventRoutes?continuationToken="
              + Pages.encode(outerToken(b.tokens().issue(scope, page.resumeAfter())))
                  .replace("%2C", ",");
      out.put(
          "nextLink",
          req.apiVersion() == null
              ? link
              : link + "&api-version=" + Pages.encode(req.apiVersion()));
    }
    return Resp.of(200, out);
  }

  private static Map<String, Long> order(Backend b, String instanceKey) {
    return b.data.routeOrder.computeIfAbsent(instanceKey, k -> new LinkedHashMap<>());
  }

  /**
   * The header asks for at most that many items; the spec lets the server return fewer, so the page
   * is the smaller of it and the sandbox's page size. A value that is not a positive integer is
   * refused (assumed: no source shows what the service does with one).
   */
  private static int maxItems(Req req) {
    String v = req.headers().get(MAX_ITEMS);
    if (v == null) {
      return Integer.MAX_VALUE;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiError.badRequest(
        "BadRequest", "The max-items-per-page header must be a positive integer, not '" + v + "'.");
  }

  /** The recorded token is a JSON array of {token, range}; ours carries the signed token inside. */
  private static String outerToken(String inner) {
    ObjectNode t = Json.object();
    t.put("token", inner);
    ObjectNode range = t.putObject("range");
    range.put("min", "");
    range.put("max", "FF");
    ArrayNode outer = Json.MAPPER.createArrayNode();
    outer.add(t);
    return outer.toString();
  }

  private static String innerToken(String outer) {
    JsonNode parsed;
    try {
      parsed = Json.MAPPER.readTree(outer);
    } catch (java.io.IOException e) {
      parsed = null;
    }
    if (parsed != null && parsed.isArray() && parsed.size() == 1) {
      String inner = Json.text(parsed.get(0), "token");
      if (inner != null) {
        return inner;
      }
    }
    // An unreadable token goes to PageTokens, which refuses it with the one message for all.
    return "";
  }
}
