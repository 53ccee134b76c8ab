package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Replays real Azure traffic, request by request, against the sandbox: copies of Azure SDK test
 * recordings under src/test/resources/recordings (their README names each source). Each answer must
 * have the recorded status, error code and message, and body shape (Shapes); a few fields whose
 * values carry meaning (states, types) must also have the recorded value.
 */
class RecordingReplayTest {
  static final Path DIR = Path.of("src/test/resources/recordings");
  static final String SUB = "/subscriptions/" + Sandbox.DEFAULT_SUBSCRIPTION;
  static final String INST =
      SUB + "/resourceGroups/rg-rec/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt-rec";

  /** Values that are not generated, so the recorded value itself must come back. */
  static final List<String> SAME_VALUE =
      List.of(
          "/type",
          "/location",
          "/status",
          "/identity/type",
          "/properties/provisioningState",
          "/properties/endpointType",
          "/properties/authenticationType",
          "/properties/publicNetworkAccess",
          "/properties/endpointUri",
          "/properties/entityPath",
          "/properties/identity/type");

  static JsonNode load(String file) throws Exception {
    return Http.M.readTree(DIR.resolve(file).toFile());
  }

  // ---- data plane: azure-sdk-for-java EventRoutesTest recordings -------------------------------

  @Test
  void eventRouteLifecycle() throws Exception {
    replayDataPlane("java/EventRoutesTest.eventRouteLifecycleTest[1].json", List.of());
  }

  @Test
  void unknownEventRouteIsEventRouteNotFoundWithTheRecordedMessage() throws Exception {
    replayDataPlane(
        "java/EventRoutesTest.getEventRouteThrowsIfEventRouteDoesNotExist[1].json", List.of());
  }

  @Test
  void eventRoutePagination() throws Exception {
    replayDataPlane("java/EventRoutesTest.listEventRoutesPaginationWorks[1].json", List.of());
  }

  @Test
  void malformedFilterIsEventRouteFilterInvalid() throws Exception {
    JsonNode pagination = load("java/EventRoutesTest.listEventRoutesPaginationWorks[1].json");
    replayDataPlane(
        "java/EventRoutesTest.createEventRouteThrowsIfFilterIsMalformed[1].json",
        Http.M.convertValue(pagination.path("variables"), List.class));
  }

  private void replayDataPlane(String file, List<String> existingRoutes) throws Exception {
    JsonNode rec = load(file);
    JsonNode replay = rec.path("replay");
    Map<String, String> headers = new HashMap<>();
    replay
        .path("requestHeaders")
        .fields()
        .forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
    // Azure answered 5 routes on one page without max-items-per-page; the sandbox's small default
    // page (which makes every client follow nextLink) is widened to replay that exactly.
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults().withPageSize(100))) {
      CallerRoles.grantDataOwner(sb);
      Http http = new Http(sb);
      sb.seed(
          "{\"resources\":[{\"id\":\""
              + INST
              + "\",\"body\":{\"location\":\"westus2\"}},{\"id\":\""
              + INST
              + "/endpoints/someEventHubEndpoint\",\"body\":{\"properties\":{\"endpointType\":"
              + "\"EventHub\",\"connectionStringPrimaryKey\":\"Endpoint=sb://ns.servicebus.windows.net/;"
              + "SharedAccessKeyName=k;SharedAccessKey=s\"}}}]}");
      String host =
          http.get(INST + "?api-version=2023-01-31").json().at("/properties/hostName").asText();
      // Routes the recording's environment already held are created as it listed them, since
      // the replayed PUT body may be the invalid one under test.
      Map<String, JsonNode> listed = new HashMap<>();
      String firstBody =
          rec.path("networkCallRecords").path(0).path("Response").path("Body").asText("");
      if (firstBody.startsWith("{")) {
        Http.M.readTree(firstBody).path("value").forEach(r -> listed.put(r.path("id").asText(), r));
      }
      for (String id : existingRoutes) {
        JsonNode recorded = listed.get(id);
        String body =
            recorded == null
                ? replayBody(replay).toString()
                : Http.M.createObjectNode()
                    .put("endpointName", recorded.path("endpointName").asText())
                    .put("filter", recorded.path("filter").asText())
                    .toString();
        Http.Res created = http.put(host + "/eventroutes/" + id + "?api-version=2023-10-31", body);
        assertThat(created.status()).as("pre-existing route " + id).isEqualTo(204);
      }
      String recordedNext = null;
      String sandboxNext = null;
      int n = 0;
      for (JsonNode call : rec.path("networkCallRecords")) {
        String where = file + " #" + n++ + " " + call.path("Method").asText();
        String uri = call.path("Uri").asText();
        String url = host + pathAndQuery(uri);
        if (recordedNext != null && pathAndQuery(uri).equals(pathAndQuery(recordedNext))) {
          // A client follows the nextLink it was given; a recorded token means nothing here.
          url = sandboxNext;
        }
        String method = call.path("Method").asText();
        Http.Res got =
            http.send(
                method, url, method.equals("PUT") ? replayBody(replay).toString() : null, headers);
        JsonNode response = call.path("Response");
        assertThat(got.status()).as(where).isEqualTo(response.path("StatusCode").asInt());
        assertThat(got.header("retry-after"))
            .as(where + " retry-after")
            .isEqualTo(response.path("retry-after").asText(null));
        String body = response.path("Body").asText(null);
        if (body == null) {
          assertThat(got.raw().body()).as(where + " body").isEmpty();
          continue;
        }
        JsonNode want = Http.M.readTree(body);
        assertThat(Shapes.differences(want, got.json())).as(where + " shape").isEmpty();
        if (want.has("error")) {
          assertThat(got.json().path("error")).as(where + " error").isEqualTo(want.path("error"));
          continue;
        }
        if (want.has("value")) {
          assertThat(got.json().path("value")).as(where + " routes").isEqualTo(want.path("value"));
          JsonNode next = want.path("nextLink");
          recordedNext = next.isNull() ? null : next.asText();
          sandboxNext =
              got.json().path("nextLink").isNull() ? null : got.json().path("nextLink").asText();
          if (recordedNext != null) {
            assertNextLinkLikeRecorded(recordedNext, sandboxNext, host, url, where);
          }
        } else {
          assertThat(got.json()).as(where).isEqualTo(want);
        }
      }
    }
  }

  private static JsonNode replayBody(JsonNode replay) {
    return replay.path("requestBody");
  }

  private static String pathAndQuery(String absolute) {
    URI u = URI.create(absolute);
    return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }

  private static final Pattern NEXT =
      Pattern.compile("^(.*)/EventRoutes\\?continuationToken=([^&]+)&api-version=(.+)$");

  /** Same form as recorded: host, capital E, a URL-encoded JSON token of the same shape. */
  private static void assertNextLinkLikeRecorded(
      String recorded, String actual, String host, String requested, String where)
      throws Exception {
    Matcher r = NEXT.matcher(recorded);
    Matcher a = NEXT.matcher(String.valueOf(actual));
    assertThat(r.matches()).as(where + " recorded nextLink " + recorded).isTrue();
    assertThat(a.matches()).as(where + " nextLink " + actual).isTrue();
    assertThat(a.group(1)).as(where).isEqualTo(host);
    assertThat(a.group(3))
        .as(where)
        .isEqualTo(
            Http.M.readTree("\"" + requested.replaceAll(".*api-version=", "") + "\"").asText());
    JsonNode recordedToken = Http.M.readTree(URLDecoder.decode(r.group(2), StandardCharsets.UTF_8));
    JsonNode token = Http.M.readTree(URLDecoder.decode(a.group(2), StandardCharsets.UTF_8));
    assertThat(Shapes.differences(recordedToken, token)).as(where + " token shape").isEmpty();
    assertThat(token.at("/0/range")).isEqualTo(recordedToken.at("/0/range"));
  }

  // ---- ARM: azure-sdk-for-python azure-mgmt-digitaltwins recordings -----------------------------

  @Test
  void instanceCreateWithIdentity() throws Exception {
    replayArm(
        "python/test_azure_mgmt_digitaltwins.pyTestDigitalTwintest_create_digital_twin_with_identity.json");
  }

  @Test
  void identityBasedEndpointCreate() throws Exception {
    replayArm(
        "python/test_azure_mgmt_digitaltwins.pyTestDigitalTwintest_create_endpoint_with_identity.json");
  }

  private void replayArm(String file) throws Exception {
    JsonNode rec = load(file);
    MovableClock clock = new MovableClock();
    Duration lro = Duration.ofMinutes(1);
    try (Sandbox sb =
        Sandbox.start(SandboxConfig.defaults().withClock(clock).withLroDuration(lro))) {
      Http http = new Http(sb);
      String base = sb.url().toString().replaceAll("/$", "");
      String monitor = null;
      int n = 0;
      for (JsonNode call : rec.path("Entries")) {
        String method = call.path("RequestMethod").asText();
        String uri = call.path("RequestUri").asText();
        String where = file + " #" + n++ + " " + method + " " + uri;
        JsonNode want = call.path("ResponseBody");
        String url;
        if (uri.contains("/operationsStatuses/")) {
          // Poll the monitor this sandbox named; move time on when Azure said it was done.
          url = monitor;
          if (!want.path("status").asText().equals("Running")) {
            clock.advance(lro.plusSeconds(1));
          }
        } else {
          url = base + pathAndQuery(uri);
        }
        JsonNode body = call.path("RequestBody");
        Http.Res got = http.send(method, url, body.isNull() ? null : body.toString());
        assertThat(got.status()).as(where).isEqualTo(call.path("StatusCode").asInt());
        JsonNode headers = call.path("ResponseHeaders");
        for (String h : List.of("Azure-AsyncOperation", "Location")) {
          assertThat(got.header(h) != null).as(where + " " + h).isEqualTo(headers.has(h));
        }
        // Where Azure names a wait the sandbox does too (1 s, not 10 or 15); it also names one on
        // a running status monitor, where Azure names none and the Java SDK then waits 30 s
        // (docs/sandbox.md "Known differences").
        if (headers.has("Retry-After")) {
          assertThat(got.header("Retry-After")).as(where + " Retry-After").isEqualTo("1");
        }
        if (headers.has("Azure-AsyncOperation")) {
          monitor = got.header("Azure-AsyncOperation");
          assertThat(monitor).startsWith(base).contains("/" + Arm.STATUSES + "/");
        }
        if (want.isNull()) {
          assertThat(got.raw().body()).as(where + " body").isEmpty();
          continue;
        }
        assertThat(Shapes.differences(want, got.json())).as(where + " shape").isEmpty();
        for (String ptr : SAME_VALUE) {
          if (!want.at(ptr).isMissingNode()) {
            assertThat(got.json().at(ptr)).as(where + " " + ptr).isEqualTo(want.at(ptr));
          }
        }
      }
    }
  }
}
