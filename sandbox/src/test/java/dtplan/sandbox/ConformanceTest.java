package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Sends each REST example of the reference specs and compares status and key fields. */
class ConformanceTest {
  static final String UAI_SUFFIX =
      "/resourceGroups/testrg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/testidentity";

  /** Verbatim copies of the REST examples, kept in the repository (see its README.md). */
  static Path reference() {
    return Path.of("src/test/resources/reference");
  }

  @TestFactory
  Stream<DynamicTest> armExamples() throws Exception {
    Path ref = reference();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(ref.resolve("adt-arm-2023-01-31/examples"))) {
      for (Path f : files.sorted().toList()) {
        String n = f.getFileName().toString();
        if (n.startsWith("DigitalTwins")
            && !n.contains("PrivateEndpoint")
            && !n.contains("Operations")) {
          tests.add(DynamicTest.dynamicTest(n, () -> armExample(n, Http.M.readTree(f.toFile()))));
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(15);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> dataPlaneExamples() throws Exception {
    Path ref = reference();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(ref.resolve("adt-dataplane-eventroutes"))) {
      for (Path f : files.sorted().toList()) {
        String n = f.getFileName().toString();
        tests.add(
            DynamicTest.dynamicTest(n, () -> dataPlaneExample(n, Http.M.readTree(f.toFile()))));
      }
    }
    assertThat(tests).hasSize(5);
    return tests.stream();
  }

  private static String instancePath(JsonNode p) {
    return "/subscriptions/"
        + p.path("subscriptionId").asText()
        + "/resourceGroups/"
        + p.path("resourceGroupName").asText("resRg")
        + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/"
        + p.path("resourceName").asText("myDigitalTwinsService");
  }

  /** Resource groups, the example's user-assigned identity and (unless creating) the instance. */
  private static void world(Http http, JsonNode p, boolean withInstance) {
    String sub = "/subscriptions/" + p.path("subscriptionId").asText();
    for (String rg : List.of("resRg", "testrg")) {
      assertThat(
              http.put(
                      sub + "/resourcegroups/" + rg + "?api-version=2025-04-01",
                      "{\"location\":\"westus2\"}")
                  .status())
          .isEqualTo(201);
    }
    assertThat(
            http.put(sub + UAI_SUFFIX + "?api-version=2023-01-31", "{\"location\":\"westus2\"}")
                .status())
        .isEqualTo(201);
    if (withInstance) {
      String body =
          "{\"location\":\"WestUS2\",\"tags\":{\"purpose\":\"dev\"},\"identity\":{\"type\":"
              + "\"SystemAssigned,UserAssigned\",\"userAssignedIdentities\":{\""
              + sub
              + UAI_SUFFIX
              + "\":{}}}}";
      assertThat(http.put(instancePath(p) + "?api-version=2023-01-31", body).status())
          .isEqualTo(201);
      http.get(instancePath(p) + "?api-version=2023-01-31");
    }
  }

  private static void same(JsonNode expected, JsonNode actual, String... pointers) {
    for (String ptr : pointers) {
      JsonNode e = expected.at(ptr);
      if (!e.isMissingNode()) {
        assertThat(actual.at(ptr)).as(ptr).isEqualTo(e);
      }
    }
  }

  private static JsonNode examplePut(String name) throws Exception {
    String file =
        name.contains("WithIdentity")
            ? "DigitalTwinsEndpointPut_WithIdentity_example.json"
            : "DigitalTwinsEndpointPut_example.json";
    return Http.M.readTree(reference().resolve("adt-arm-2023-01-31/examples/" + file).toFile());
  }

  private void armExample(String name, JsonNode ex) throws Exception {
    JsonNode p = ex.path("parameters");
    JsonNode responses = ex.path("responses");
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults())) {
      Http http = new Http(sb);
      String api = "?api-version=" + p.path("api-version").asText();
      String inst = instancePath(p);
      boolean creates = name.startsWith("DigitalTwinsPut") || name.contains("CheckName");
      world(http, p, !creates);
      if (name.startsWith("DigitalTwinsPut")) {
        Http.Res r = http.put(inst + api, p.path("digitalTwinsCreate").toString());
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Azure-AsyncOperation")).startsWith(sb.url().toString());
        same(
            responses.path("201").path("body"),
            r.json(),
            "/name",
            "/type",
            "/location",
            "/identity/type",
            "/properties/provisioningState",
            "/properties/hostName");
        Http.Res again = http.put(inst + api, p.path("digitalTwinsCreate").toString());
        assertThat(again.status()).isEqualTo(200);
        JsonNode got = http.get(inst + api).json();
        same(
            responses.path("200").path("body"),
            got,
            "/name",
            "/type",
            "/location",
            "/identity/type",
            "/properties/provisioningState",
            "/properties/publicNetworkAccess");
        assertThat(got.at("/properties/hostName").asText()).startsWith("http://127.0.0.1:");
      } else if (name.startsWith("DigitalTwinsGet")) {
        Http.Res r = http.get(inst + api);
        assertThat(r.status()).isEqualTo(200);
        same(
            responses.path("200").path("body"),
            r.json(),
            "/name",
            "/type",
            "/location",
            "/properties/provisioningState");
        assertThat(r.json().path("id").asText())
            .isEqualToIgnoringCase(responses.path("200").path("body").path("id").asText());
      } else if (name.startsWith("DigitalTwinsPatch")) {
        JsonNode patch = p.path("digitalTwinsPatchDescription");
        Http.Res r = http.send("PATCH", inst + api, patch.toString());
        assertThat(responses.has(String.valueOf(r.status()))).isTrue();
        JsonNode got = http.get(inst + api).json();
        JsonNode want = responses.path("200").path("body");
        assertThat(got.at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
        // Each example only shows the effect of its own patch; compare just those fields.
        if (patch.has("tags")) {
          assertThat(got.path("tags")).isEqualTo(patch.path("tags"));
        }
        if (patch.has("identity")) {
          assertThat(got.has("identity")).isEqualTo(want.has("identity"));
        }
        if (patch.has("properties")) {
          same(want, got, "/properties/publicNetworkAccess");
        }
      } else if (name.startsWith("DigitalTwinsDelete")) {
        Http.Res r = http.delete(inst + api);
        assertThat(r.status()).isEqualTo(202);
        same(responses.path("202").path("body"), r.json(), "/properties/provisioningState");
        assertThat(http.get(r.header("Location")).status()).isEqualTo(204);
        assertThat(http.get(inst + api).code()).isEqualTo("ResourceNotFound");
        assertThat(http.delete(inst + api).status()).isEqualTo(204);
      } else if (name.startsWith("DigitalTwinsList")) {
        String list =
            name.contains("ResourceGroup")
                ? "/subscriptions/" + p.path("subscriptionId").asText() + "/resourceGroups/resRg"
                : "/subscriptions/" + p.path("subscriptionId").asText();
        Http.Res r =
            http.get(list + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances" + api);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("value")).hasSize(1);
        same(
            responses.path("200").path("body").path("value").get(0),
            r.json().path("value").get(0),
            "/type");
      } else if (name.contains("CheckName")) {
        http.put(
            inst.replace("myDigitalTwinsService", "myadtinstance") + api,
            "{\"location\":\"westus2\"}");
        Http.Res r =
            http.send(
                "POST",
                "/subscriptions/"
                    + p.path("subscriptionId").asText()
                    + "/providers/Microsoft.DigitalTwins/locations/WestUS2/checkNameAvailability"
                    + api,
                p.path("digitalTwinsInstanceCheckName").toString());
        assertThat(r.json()).isEqualTo(responses.path("200").path("body"));
      } else if (name.startsWith("DigitalTwinsEndpointPut")) {
        String ep = inst + "/endpoints/" + p.path("endpointName").asText();
        Http.Res r = http.put(ep + api, p.path("endpointDescription").toString());
        assertThat(r.status()).isEqualTo(201);
        JsonNode e201 = responses.path("201").path("body");
        same(
            e201,
            r.json(),
            "/name",
            "/type",
            "/properties/endpointType",
            "/properties/authenticationType",
            "/properties/provisioningState",
            "/properties/primaryConnectionString",
            "/properties/secondaryConnectionString",
            "/properties/endpointUri",
            "/properties/entityPath",
            "/properties/identity");
        assertThat(http.get(r.header("Azure-AsyncOperation")).json().path("status").asText())
            .isEqualTo("Succeeded");
        JsonNode got = http.get(ep + api).json();
        same(
            responses.path("200").path("body"),
            got,
            "/properties/primaryConnectionString",
            "/properties/secondaryConnectionString",
            "/properties/identity");
        assertThat(got.at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(http.put(ep + api, p.path("endpointDescription").toString()).status())
            .isEqualTo(200);
      } else if (name.startsWith("DigitalTwinsEndpointGet")
          || name.startsWith("DigitalTwinsEndpointsGet")) {
        JsonNode put = examplePut(name).path("parameters");
        String ep = inst + "/endpoints/" + put.path("endpointName").asText();
        assertThat(http.put(ep + api, put.path("endpointDescription").toString()).status())
            .isEqualTo(201);
        if (name.startsWith("DigitalTwinsEndpointGet")) {
          Http.Res r = http.get(ep + api);
          assertThat(r.status()).isEqualTo(200);
          same(
              responses.path("200").path("body"),
              r.json(),
              "/name",
              "/type",
              "/properties/endpointType",
              "/properties/authenticationType",
              "/properties/provisioningState",
              "/properties/primaryConnectionString",
              "/properties/secondaryConnectionString",
              "/properties/endpointUri",
              "/properties/entityPath");
        } else {
          Http.Res r = http.get(inst + "/endpoints" + api);
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json().path("value")).hasSize(1);
          same(
              responses.path("200").path("body").path("value").get(0),
              r.json().path("value").get(0),
              "/type",
              "/properties/endpointType",
              "/properties/authenticationType",
              "/properties/provisioningState",
              "/properties/primaryConnectionString");
        }
      } else if (name.startsWith("DigitalTwinsEndpointDelete")) {
        JsonNode put = examplePut(name).path("parameters");
        String ep = inst + "/endpoints/" + p.path("endpointName").asText();
        assertThat(http.put(ep + api, put.path("endpointDescription").toString()).status())
            .isEqualTo(201);
        http.get(ep + api);
        Http.Res r = http.delete(ep + api);
        assertThat(r.status()).isEqualTo(202);
        assertThat(responses.has("202")).isTrue();
        assertThat(http.get(r.header("Location")).status()).isEqualTo(204);
        assertThat(http.get(ep + api).status()).isEqualTo(404);
      } else {
        throw new AssertionError("no conformance check for " + name);
      }
    }
  }

  private void dataPlaneExample(String name, JsonNode ex) throws Exception {
    JsonNode p = ex.path("parameters");
    JsonNode responses = ex.path("responses");
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults())) {
      CallerRoles.grantDataOwner(sb);
      Http http = new Http(sb);
      JsonNode sub =
          Http.M.readTree("{\"subscriptionId\":\"" + Sandbox.DEFAULT_SUBSCRIPTION + "\"}");
      world(http, sub, true);
      String inst = instancePath(sub);
      String api = "?api-version=2023-01-31";
      for (String ep : List.of("endpoint-001", "endpoint-002")) {
        http.put(
            inst + "/endpoints/" + ep + api,
            "{\"properties\":{\"endpointType\":\"EventHub\",\"connectionStringPrimaryKey\":"
                + "\"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=x;EntityPath=h\"}}");
        http.get(inst + "/endpoints/" + ep + api);
      }
      String host = http.get(inst + api).json().at("/properties/hostName").asText();
      String dpApi = "?api-version=" + p.path("api-version").asText();
      String route = host + "/eventroutes/" + p.path("id").asText("eventroute-001");
      if (name.startsWith("EventRoutePut")) {
        Http.Res r = http.put(route + dpApi, p.path("eventRoute").toString());
        assertThat(r.status()).isEqualTo(204);
        assertThat(responses.has("204")).isTrue();
        JsonNode got = http.get(route + dpApi).json();
        assertThat(got.path("endpointName")).isEqualTo(p.at("/eventRoute/endpointName"));
        assertThat(got.path("filter")).isEqualTo(p.at("/eventRoute/filter"));
      } else if (name.equals("EventRoutesList.json")) {
        JsonNode value = responses.at("/200/body/value");
        for (JsonNode r : value) {
          assertThat(
                  http.put(host + "/eventroutes/" + r.path("id").asText() + dpApi, r.toString())
                      .status())
              .isEqualTo(204);
        }
        Http.Res r = http.get(host + "/eventroutes" + dpApi);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("value")).isEqualTo(value);
        assertThat(r.json().has("nextLink")).isTrue();
      } else {
        String body =
            "{\"endpointName\":\"endpoint-001\",\"filter\":\"type = 'Microsoft.DigitalTwins.Twin.Create'\"}";
        assertThat(http.put(route + dpApi, body).status()).isEqualTo(204);
        if (name.equals("EventRouteGet.json")) {
          Http.Res r = http.get(route + dpApi);
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.json()).isEqualTo(responses.at("/200/body"));
        } else {
          assertThat(http.delete(route + dpApi).status()).isEqualTo(204);
          Http.Res gone = http.get(route + dpApi);
          assertThat(gone.status()).isEqualTo(404);
          assertThat(gone.code()).isEqualTo("EventRouteNotFound");
          assertThat(gone.header("x-ms-error-code")).isEqualTo("EventRouteNotFound");
        }
      }
    }
  }
}
