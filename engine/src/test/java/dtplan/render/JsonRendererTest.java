package dtplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dtplan.fixtures.Fixtures;
import dtplan.plan.Plan;
import dtplan.provider.ReadResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aFreshCreateIsValidVersionedAndMarksThePrincipalUnknownWithItsSource() throws Exception {
    Plan plan = Plans.plan(Plans.IDENTITY_ENDPOINT, Plans.emptyLive());
    String json = new JsonRenderer().render(plan);
    assertThat(RenderChecks.schemaProblems(json)).isEmpty();
    JsonNode root = JSON.readTree(json);
    assertThat(root.path("format_version").asText()).isEqualTo("2.0");
    assertThat(root.path("summary").toString())
        .isEqualTo("{\"add\":5,\"change\":0,\"replace\":0,\"destroy\":0}");
    assertThat(root.path("errored").asBoolean()).isFalse();
    assertThat(root.path("applyable").asBoolean()).isTrue();
    JsonNode role = change(root, "instances.twins.roles[0]");
    assertThat(role.path("change").path("actions").toString()).isEqualTo("[\"create\"]");
    assertThat(role.path("change").path("before").isNull()).isTrue();
    assertThat(role.path("change").path("before_sensitive").asBoolean(true)).isFalse();
    assertThat(role.path("change").path("after").has("principalId")).isFalse();
    assertThat(role.path("change").path("after_unknown").path("principalId").asBoolean()).isTrue();
    assertThat(role.path("change").path("after_unknown_sources").path("principalId").asText())
        .isEqualTo("instances.twins.principalId");
    assertThat(role.path("id").isNull()).as(role.toString()).isTrue();
    assertThat(role.path("action_reason").asText()).isEqualTo("not_found");
    JsonNode instance = change(root, "instances.twins");
    assertThat(instance.path("change").path("after").path("tags").path("team").asText())
        .isEqualTo("iot");
    assertThat(instance.path("change").path("after").path("identity").path("system").asText())
        .isEqualTo("true");
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    String yaml = Plans.IDENTITY_ENDPOINT;
    String first = new JsonRenderer().render(Plans.plan(yaml, Plans.emptyLive()));
    String second = new JsonRenderer().render(Plans.plan(yaml, Plans.emptyLive()));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aReplaceIsDeleteThenCreateWithItsReplacePathsAndComesFirst() throws Exception {
    ReadResponse live = Fixtures.keyEndpointLive("Endpoint=sb://x/;SharedAccessKey=k").read();
    String identityYaml =
        Plans.KEY_ENDPOINT
            .replace("auth: key", "auth: identity")
            .replaceAll("(?m)^ *connectionString: .*\n", "")
            .replace(
                "instances:\n  twins:\n", "instances:\n  twins:\n    identity: {system: true}\n");
    Plan plan = Plans.plan(identityYaml, live);
    String json = new JsonRenderer().render(plan);
    assertThat(RenderChecks.schemaProblems(json)).isEmpty();
    JsonNode root = JSON.readTree(json);
    JsonNode first = root.path("resource_changes").get(0);
    assertThat(first.path("change").path("actions").toString())
        .isEqualTo("[\"delete\",\"create\"]");
    JsonNode endpoint = change(root, "instances.twins.endpoints.telemetry");
    assertThat(endpoint.path("change").path("replace_paths").toString())
        .contains("[\"authenticationType\"]");
    assertThat(endpoint.path("action_reason").asText())
        .isEqualTo("auth_type_cannot_change_in_place");
    assertThat(root.path("summary").path("replace").asInt()).isEqualTo(2);
    assertThat(root.path("consequences").toString()).contains("\"code\":\"delivery_gap\"");
  }

  @Test
  void sensitiveValuesAreMarkedAndLeftOutEvenAsFingerprints() throws Exception {
    Plan plan =
        Plans.plan(
            Plans.KEY_ENDPOINT,
            Map.of("SB", "Endpoint=sb://x/;SharedAccessKey=k"),
            Plans.emptyLive());
    String json = new JsonRenderer().render(plan);
    assertThat(RenderChecks.schemaProblems(json)).isEmpty();
    JsonNode root = JSON.readTree(json);
    JsonNode endpoint = change(root, "instances.twins.endpoints.telemetry");
    assertThat(endpoint.path("change").path("after").has("connectionString")).isFalse();
    assertThat(endpoint.path("change").path("after_sensitive").path("connectionString").asBoolean())
        .isTrue();
    JsonNode instance = change(root, "instances.twins");
    assertThat(instance.path("change").path("after").path("tags").has("dtplan-secret-telemetry"))
        .isFalse();
    assertThat(
            instance
                .path("change")
                .path("after_sensitive")
                .path("tags")
                .path("dtplan-secret-telemetry")
                .asBoolean())
        .isTrue();
    plan.changes().stream()
        .flatMap(c -> c.attributes().stream())
        .filter(a -> a.after() != null && a.after().isSensitive())
        .forEach(a -> assertThat(json).doesNotContain(a.after().text()));
  }

  @Test
  void aRotatedSecretShowsInChangedPathsThoughItsValuesDoNot() throws Exception {
    ReadResponse live = Fixtures.keyEndpointLive("Endpoint=sb://x/;SharedAccessKey=old").read();
    Plan plan =
        Plans.plan(Plans.KEY_ENDPOINT, Map.of("SB", "Endpoint=sb://x/;SharedAccessKey=new"), live);
    String json = new JsonRenderer().render(plan);
    assertThat(RenderChecks.schemaProblems(json)).isEmpty();
    JsonNode endpoint = change(JSON.readTree(json), "instances.twins.endpoints.telemetry");
    assertThat(endpoint.path("change").path("actions").toString()).isEqualTo("[\"update\"]");
    assertThat(endpoint.path("change").path("changed_paths").toString())
        .isEqualTo("[[\"connectionString\"]]");
    assertThat(endpoint.path("change").path("before"))
        .isEqualTo(endpoint.path("change").path("after"));
    assertThat(endpoint.path("action_reason").asText()).isEqualTo("secret_changed");
    JsonNode route = change(JSON.readTree(json), "instances.twins.routes.all");
    assertThat(route.path("change").path("actions").toString()).isEqualTo("[\"no-op\"]");
    assertThat(route.path("change").path("changed_paths").size()).isZero();
    assertThat(route.has("action_reason")).isFalse();
  }

  @Test
  void theSchemaRejectsWhatTheFormatForbids() {
    Plan plan = Plans.plan(Plans.IDENTITY_ENDPOINT, Plans.emptyLive());
    String json = new JsonRenderer().render(plan);
    assertThat(RenderChecks.schemaProblems(json.replace("\"create\"", "\"replace\""))).isNotEmpty();
    assertThat(
            RenderChecks.schemaProblems(
                json.replace("\"format_version\": \"2.0\"", "\"format_version\": \"3.0\"")))
        .isNotEmpty();
    assertThat(RenderChecks.schemaProblems(json.replace("\"after_unknown\"", "\"after_unknownx\"")))
        .isNotEmpty();
  }

  private static JsonNode change(JsonNode root, String address) {
    for (JsonNode c : root.path("resource_changes")) {
      if (c.path("address").asText().equals(address)) {
        return c;
      }
    }
    throw new AssertionError("no change at " + address + " in " + root);
  }
}
