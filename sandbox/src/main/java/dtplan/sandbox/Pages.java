package dtplan.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every list answer, split into pages of at most {@code pageSize} items linked by nextLink.
 *
 * <p>Pages are cut by key, not by position: a token says "after the item whose key is K", and items
 * are served in key order. So an item present for the whole listing appears exactly once, whatever
 * is created or deleted between page reads; an item created during the listing appears when its key
 * sorts after the page already read, and not otherwise. That is the guarantee ARM asks of a
 * server-side-paged list (resource-api-reference.md, "Pagination": the token lets the provider
 * "skip resources already enumerated"); the rest is assumed.
 */
final class Pages {
  private Pages() {}

  /** One page: its items, and the key to resume after when more follow (null on the last). */
  record Page(List<ObjectNode> items, String resumeAfter) {}

  /** Items whose key sorts after {@code after} (all when null), at most {@code size} of them. */
  static Page cut(
      List<ObjectNode> items, Function<ObjectNode, String> key, String after, int size) {
    // Each item's key once: sorting by a key function computes it twice per comparison, and a
    // route's key is a String.format.
    List<Keyed> sorted = new ArrayList<>(items.size());
    for (ObjectNode item : items) {
      sorted.add(new Keyed(key.apply(item), item));
    }
    sorted.sort(Comparator.comparing(Keyed::key));
    List<ObjectNode> page = new ArrayList<>();
    String last = null;
    boolean more = false;
    for (Keyed k : sorted) {
      if (after != null && k.key().compareTo(after) <= 0) {
        continue;
      }
      if (page.size() == size) {
        more = true;
        break;
      }
      page.add(k.item());
      last = k.key();
    }
    return new Page(page, more ? last : null);
  }

  private record Keyed(String key, ObjectNode item) {}

  /**
   * An ARM list answer. Source: Azure/azure-resource-manager-rpc v1.0/resource-api-reference.md,
   * "Pagination": {@code "nextLink": "{refererHeaderUrl}?$skipToken={opaqueString}"}, which "may
   * include all the query parameters (specifically OData $filter) used by the client in the first
   * query"; a last page omits nextLink "entirely (or set to null, not empty string)". We omit it.
   * Items are served in the order of their lower-cased id.
   */
  static Resp arm(Backend b, Req req, List<ObjectNode> items) {
    String scope = Paths.key(req.path()) + "?" + req.query().getOrDefault("$filter", "");
    String token = req.query().get("$skiptoken");
    String after = token == null ? null : b.tokens().resume(token, scope);
    Page page = cut(items, i -> Paths.key(String.valueOf(Json.text(i, "id"))), after, size(b));
    ObjectNode out = Json.object();
    ArrayNode value = out.putArray("value");
    page.items().forEach(value::add);
    if (page.resumeAfter() != null) {
      StringBuilder link = new StringBuilder(b.baseUrl).append(req.path().substring(1));
      char sep = '?';
      for (Map.Entry<String, String> q : req.query().entrySet()) {
        if (!q.getKey().equals("$skiptoken")) {
          link.append(sep).append(q.getKey()).append('=').append(encode(q.getValue()));
          sep = '&';
        }
      }
      link.append(sep)
          .append("$skipToken=")
          .append(encode(b.tokens().issue(scope, page.resumeAfter())));
      out.put("nextLink", link.toString());
    }
    return Resp.of(200, out);
  }

  static int size(Backend b) {
    return b.config.pageSize();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
