package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every list pages with nextLink (docs/sandbox.md "Paging"), at the wire level. */
class PagingTest {
  static final String SUB = "/subscriptions/" + Sandbox.DEFAULT_SUBSCRIPTION;
  static final String RG = SUB + "/resourceGroups/rg";
  static final String INST = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt";
  static final String A = "?api-version=2023-01-31";
  static final String DP = "?api-version=2023-10-31";
  static final String GROUPS = SUB + "/resourcegroups?api-version=2021-04-01";

  Sandbox sb;
  Http http;

  @BeforeEach
  void start() throws Exception {
    sb = Sandbox.start(SandboxConfig.defaults());
    CallerRoles.grantDataOwner(sb);
    http = new Http(sb);
  }

  @AfterEach
  void stop() {
    sb.close();
  }

  private void groups(String... names) {
    for (String n : names) {
      assertThat(
              http.put(SUB + "/resourcegroups/" + n + A, "{\"location\":\"westeurope\"}").status())
          .isEqualTo(201);
    }
  }

  /** Follows nextLink to the end; returns each page's names. */
  private List<List<String>> pages(String first) {
    List<List<String>> out = new ArrayList<>();
    String next = first;
    while (next != null) {
      Http.Res r = http.get(next);
      assertThat(r.status()).as(next).isEqualTo(200);
      List<String> names = new ArrayList<>();
      r.json().path("value").forEach(v -> names.add(v.path("name").asText(v.path("id").asText())));
      out.add(names);
      JsonNode link = r.json().get("nextLink");
      next = link == null || link.isNull() ? null : link.asText();
    }
    return out;
  }

  @Test
  void armListsPageInIdOrderAndTheLastPageHasNoNextLink() {
    groups("rg-c", "rg-a", "rg-e", "rg-b", "rg-d");
    Http.Res first = http.get(GROUPS);
    String next = first.json().path("nextLink").asText();
    assertThat(next)
        .startsWith(sb.url() + "subscriptions/" + Sandbox.DEFAULT_SUBSCRIPTION + "/resourcegroups?")
        .contains("api-version=2021-04-01")
        .contains("$skipToken=");
    assertThat(pages(GROUPS))
        .containsExactly(List.of("rg-a", "rg-b"), List.of("rg-c", "rg-d"), List.of("rg-e"));
    JsonNode lastPage = http.get(lastLink(GROUPS)).json();
    assertThat(lastPage.has("nextLink")).as("ARM omits nextLink on the last page").isFalse();
  }

  private String lastLink(String first) {
    String next = first;
    String previous = first;
    while (next != null) {
      previous = next;
      JsonNode link = http.get(next).json().get("nextLink");
      next = link == null || link.isNull() ? null : link.asText();
    }
    return previous;
  }

  @Test
  void theFilterTravelsInTheNextLinkAndBindsTheToken() throws Exception {
    http.put(RG + A, "{\"location\":\"westeurope\"}");
    String principal = "aaaaaaaa-0000-0000-0000-000000000001";
    List<String> roles =
        List.of(
            "2b629674-e913-4c01-ae53-ef4638d8f975",
            "f526a384-b230-433a-b45c-95f59c4a2dec",
            "a638d3c7-ab3a-418d-83e6-5f17a39d4fde");
    StringBuilder seed = new StringBuilder("{\"principals\":[\"" + principal + "\"],");
    seed.append("\"roleAssignments\":[");
    for (int i = 0; i < roles.size(); i++) {
      seed.append(i > 0 ? "," : "")
          .append("{\"id\":\"")
          .append(RG)
          .append(
              "/providers/Microsoft.Authorization/roleAssignments/11111111-0000-0000-0000-00000000000")
          .append(i)
          .append("\",\"properties\":{\"roleDefinitionId\":\"")
          .append("/providers/Microsoft.Authorization/roleDefinitions/")
          .append(roles.get(i))
          .append("\",\"principalId\":\"")
          .append(principal)
          .append("\"}}");
    }
    seed.append("]}");
    sb.seed(seed.toString());
    String list =
        SUB
            + "/providers/Microsoft.Authorization/roleAssignments?$filter=principalId%20eq%20'"
            + principal
            + "'&api-version=2022-04-01";
    Http.Res first = http.get(list);
    assertThat(first.json().path("value")).hasSize(2);
    String next = first.json().path("nextLink").asText();
    assertThat(URLDecoder.decode(next, StandardCharsets.UTF_8))
        .contains("$filter=principalId eq '" + principal + "'");
    assertThat(http.get(next).json().path("value")).hasSize(1);

    String token = next.substring(next.indexOf("$skipToken=") + "$skipToken=".length());
    Http.Res otherList = http.get(GROUPS + "&$skipToken=" + token);
    assertThat(otherList.status()).isEqualTo(400);
    assertThat(otherList.code()).isEqualTo("BadRequest");
    Http.Res otherFilter = http.get(next.replace("principalId%20eq", "assignedTo%20eq"));
    assertThat(otherFilter.status()).isEqualTo(400);
  }

  @Test
  void aMalformedOrTamperedTokenIsACleanBadRequest() {
    groups("rg-a", "rg-b", "rg-c");
    String next = http.get(GROUPS).json().path("nextLink").asText();
    String token = next.substring(next.indexOf("$skipToken=") + "$skipToken=".length());
    String payload = token.substring(0, token.indexOf('.'));
    char flipped = payload.charAt(3) == 'A' ? 'B' : 'A';
    String tampered = payload.substring(0, 3) + flipped + token.substring(3);
    for (String bad : List.of("garbage", "", "a.b", "%00%ff", tampered, token + "x")) {
      Http.Res r = http.get(GROUPS + "&$skipToken=" + bad);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.code()).as(bad).isEqualTo("BadRequest");
    }
    assertThat(http.get(next).status()).isEqualTo(200);
  }

  @Test
  void itemsPresentThroughoutAppearOnceWhateverChangesBetweenPages() {
    groups("rg-b", "rg-c", "rg-d", "rg-e", "rg-f");
    Http.Res first = http.get(GROUPS);
    List<String> seen = new ArrayList<>();
    first.json().path("value").forEach(v -> seen.add(v.path("name").asText()));
    assertThat(seen).containsExactly("rg-b", "rg-c");
    // A group that sorts before the page already read, and one after it; one read and one unread
    // group go away.
    groups("rg-a", "rg-g");
    http.delete(SUB + "/resourcegroups/rg-c" + A);
    http.delete(SUB + "/resourcegroups/rg-e" + A);
    http.get(SUB + "/resourcegroups/rg-x" + A); // lets the deletions finish
    pages(first.json().path("nextLink").asText()).forEach(seen::addAll);
    assertThat(seen).containsExactly("rg-b", "rg-c", "rg-d", "rg-f", "rg-g");
  }

  @Test
  void aSmallerPageSizeIsHonouredAndALargerOneFitsOnePage() throws Exception {
    try (Sandbox big = Sandbox.start(SandboxConfig.defaults().withPageSize(100))) {
      Http h = new Http(big);
      for (int i = 0; i < 7; i++) {
        h.put(SUB + "/resourcegroups/g" + i + A, "{\"location\":\"westeurope\"}");
      }
      Http.Res all = h.get(GROUPS);
      assertThat(all.json().path("value")).hasSize(7);
      assertThat(all.json().has("nextLink")).isFalse();
    }
  }

  // ---- data plane -----------------------------------------------------------------------------

  private String instanceWithRoutes(int routes) {
    http.put(RG + A, "{\"location\":\"westeurope\"}");
    http.put(INST + A, "{\"location\":\"westeurope\"}");
    http.put(
        INST + "/endpoints/eh1" + A,
        "{\"properties\":{\"endpointType\":\"EventHub\",\"connectionStringPrimaryKey\":"
            + "\"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=s\"}}");
    String host = http.get(INST + A).json().at("/properties/hostName").asText();
    for (int i = 1; i <= routes; i++) {
      // Created in an order that is not the ids' order: the service lists in creation order.
      addRoute(host, "r" + (routes + 1 - i));
    }
    return host;
  }

  private void addRoute(String host, String id) {
    assertThat(
            http.put(
                    host + "/eventroutes/" + id + DP,
                    "{\"endpointName\":\"eh1\",\"filter\":\"true\"}")
                .status())
        .isEqualTo(204);
  }

  private Http.Res getRoutes(String url, String maxItems) throws Exception {
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer t").GET();
    if (maxItems != null) {
      rb.header(EventRouteList.MAX_ITEMS, maxItems);
    }
    HttpResponse<String> r =
        HttpClient.newHttpClient().send(rb.build(), HttpResponse.BodyHandlers.ofString());
    return new Http.Res(r.statusCode(), r, Http.M.readTree(r.body()));
  }

  private List<List<String>> routePages(String first, String maxItems) throws Exception {
    List<List<String>> out = new ArrayList<>();
    String next = first;
    while (next != null) {
      Http.Res r = getRoutes(next, maxItems);
      assertThat(r.status()).as(next).isEqualTo(200);
      assertThat(r.header("retry-after")).isEqualTo("0");
      List<String> ids = new ArrayList<>();
      r.json().path("value").forEach(v -> ids.add(v.path("id").asText()));
      out.add(ids);
      assertThat(r.json().has("nextLink")).isTrue();
      next = r.json().get("nextLink").isNull() ? null : r.json().get("nextLink").asText();
    }
    return out;
  }

  @Test
  void routesPageAsRecordedWithTheNextLinkOnTheInstanceHost() throws Exception {
    String host = instanceWithRoutes(5);
    Http.Res first = getRoutes(host + "/eventroutes" + DP, "2");
    String next = first.json().path("nextLink").asText();
    assertThat(next)
        .startsWith(host + "/EventRoutes?continuationToken=")
        .endsWith("&api-version=2023-10-31");
    String token =
        URLDecoder.decode(
            next.substring(next.indexOf('=') + 1, next.indexOf('&')), StandardCharsets.UTF_8);
    JsonNode parsed = Http.M.readTree(token);
    assertThat(parsed.isArray()).isTrue();
    assertThat(parsed.get(0).path("token").isTextual()).isTrue();
    assertThat(parsed.get(0).path("range").path("max").asText()).isEqualTo("FF");
    assertThat(routePages(host + "/eventroutes" + DP, "2"))
        .containsExactly(List.of("r5", "r4"), List.of("r3", "r2"), List.of("r1"));
    assertThat(routePages(host + "/eventroutes" + DP, "1")).hasSize(5);
    assertThat(routePages(host + "/eventroutes" + DP, "50"))
        .as("the sandbox's page size caps what the header asks for")
        .containsExactly(List.of("r5", "r4"), List.of("r3", "r2"), List.of("r1"));
    assertThat(routePages(host + "/eventroutes" + DP, null)).hasSize(3);
  }

  @Test
  void badPagingInputOnTheDataPlaneIsACleanBadRequest() throws Exception {
    String host = instanceWithRoutes(3);
    for (String bad : List.of("0", "-1", "two", "")) {
      Http.Res r = getRoutes(host + "/eventroutes" + DP, bad);
      assertThat(r.status()).as("max-items-per-page " + bad).isEqualTo(400);
    }
    for (String bad :
        List.of("x", "%5B%5D", "%5B%7B%22token%22%3A%22abc.def%22%7D%5D", "%7B%7D", "%5B1%5D")) {
      Http.Res r =
          getRoutes(host + "/EventRoutes?continuationToken=" + bad + "&api-version=1", null);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.code()).isEqualTo("BadRequest");
    }
    String otherHost = host.replace("/adt", "/adt2");
    http.put(INST.replace("/adt", "/adt2") + A, "{\"location\":\"westeurope\"}");
    http.get(INST.replace("/adt", "/adt2") + A);
    String next = getRoutes(host + "/eventroutes" + DP, "2").json().path("nextLink").asText();
    assertThat(getRoutes(next.replace(host, otherHost), null).status())
        .as("a token is only good on the instance that issued it")
        .isEqualTo(400);
  }

  @Test
  void aRouteAddedOrDeletedBetweenPagesNeitherRepeatsNorHidesOthers() throws Exception {
    String host = instanceWithRoutes(4);
    Http.Res first = getRoutes(host + "/eventroutes" + DP, "2");
    List<String> seen = new ArrayList<>();
    first.json().path("value").forEach(v -> seen.add(v.path("id").asText()));
    assertThat(seen).containsExactly("r4", "r3");
    assertThat(http.delete(host + "/eventroutes/r3" + DP).status()).isEqualTo(204);
    addRoute(host, "r0");
    routePages(first.json().path("nextLink").asText(), "2").forEach(seen::addAll);
    assertThat(seen).containsExactly("r4", "r3", "r2", "r1", "r0");
  }
}
