package dtplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.AzureState;
import dtplan.fixtures.Fixtures;
import dtplan.model.Destination;
import dtplan.model.EndpointSecrets;
import dtplan.model.EndpointType;
import dtplan.plan.Plan;
import dtplan.provider.ReadResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Known secret values set through {@code ${env:…}} appear in no rendering of any plan that handles
 * them: created, rotated, replaced away and deleted; nor do their fingerprints.
 */
class CanarySecretTest {
  static final String TOPIC = Fixtures.RG + "/providers/Microsoft.EventGrid/topics/eg-test";

  static final String SPEC =
      """
      version: 1
      stack: test
      azure: {resourceGroup: rg-test, location: westeurope}
      instances:
        twins:
          endpoints:
            telemetry:
              type: eventhub
              auth: key
              eventhub: %s
              connectionString: ${env:CANARY_PRIMARY}
              secondaryConnectionString: ${env:CANARY_SECONDARY}
              deadLetter: {secret: "${env:CANARY_DEADLETTER}"}
            events:
              type: eventgrid
              auth: key
              topic: %s
              accessKey: ${env:CANARY_EG_KEY}
          routes:
            all: {endpoint: telemetry}
            grid: {endpoint: events}
      """
          .formatted(Fixtures.HUB, TOPIC);

  static Map<String, String> env(String generation) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put(
        "CANARY_PRIMARY",
        "Endpoint=sb://ns-test.servicebus.windows.net/;SharedAccessKeyName=a;SharedAccessKey=CANARY-P-"
            + generation);
    env.put(
        "CANARY_SECONDARY",
        "Endpoint=sb://ns-test.servicebus.windows.net/;SharedAccessKeyName=b;SharedAccessKey=CANARY-S-"
            + generation);
    env.put(
        "CANARY_DEADLETTER",
        "https://sttest.blob.core.windows.net/dl?sv=2022&sig=CANARY-D-" + generation);
    env.put("CANARY_EG_KEY", "CANARY-E-" + generation + "-c2VjcmV0a2V5");
    return env;
  }

  static ReadResponse base() {
    List<Destination> d = new ArrayList<>(dtplan.fixtures.Fixtures.destinations());
    d.add(
        new Destination(
            TOPIC,
            true,
            null,
            "https://eg-test.westeurope-1.eventgrid.azure.net/api/events",
            null));
    return new ReadResponse(List.of(), List.of(), List.of(), List.of(), List.of(), d, Map.of());
  }

  /** Azure holding {@link #SPEC} as written with these secrets: their fingerprints in tags. */
  static ReadResponse appliedWith(Map<String, String> env) {
    return AzureState.of(base().destinations())
        .instance("twins", Map.of(), false)
        .keyEndpoint(
            "twins",
            "telemetry",
            EndpointType.EVENT_HUB,
            null,
            new EndpointSecrets(
                AzureState.secret(env.get("CANARY_PRIMARY")),
                AzureState.secret(env.get("CANARY_SECONDARY")),
                AzureState.secret(env.get("CANARY_DEADLETTER"))))
        .keyEndpoint(
            "twins",
            "events",
            EndpointType.EVENT_GRID,
            base().destinations().get(2).eventGridEndpoint(),
            new EndpointSecrets(AzureState.secret(env.get("CANARY_EG_KEY")), null, null))
        .route("twins", "all", "telemetry")
        .route("twins", "grid", "events")
        .read();
  }

  @Test
  void noSecretAppearsInTextMarkdownOrJsonWhateverThePlanDoesWithIt() {
    ReadResponse applied = appliedWith(env("old"));
    // telemetry becomes identity-based (a replace), events leaves the spec (a delete)
    String identityOnly =
        """
        version: 1
        stack: test
        azure: {resourceGroup: rg-test, location: westeurope}
        instances:
          twins:
            identity: {system: true}
            roles:
              - {role: Azure Event Hubs Data Sender, scope: %s}
            endpoints:
              telemetry: {type: eventhub, auth: identity, eventhub: %s}
            routes:
              all: {endpoint: telemetry}
        """
            .formatted(Fixtures.HUB, Fixtures.HUB);
    Map<String, Plan> plans = new LinkedHashMap<>();
    plans.put("create", Plans.plan(SPEC, env("old"), base()));
    plans.put("rotate", Plans.plan(SPEC, env("new"), applied));
    plans.put("unchanged", Plans.plan(SPEC, env("old"), applied));
    plans.put("replace and delete", Plans.plan(identityOnly, env("new"), applied));
    assertThat(plans.get("rotate").hasChanges()).isTrue();
    assertThat(plans.get("unchanged").hasChanges()).isFalse();
    assertThat(plans.get("replace and delete").count(dtplan.plan.Action.REPLACE)).isEqualTo(2);
    assertThat(plans.get("replace and delete").count(dtplan.plan.Action.DELETE)).isEqualTo(2);

    List<String> canaries = new ArrayList<>();
    env("old").values().forEach(canaries::add);
    env("new").values().forEach(canaries::add);
    canaries.addAll(List.of("CANARY-P-", "CANARY-S-", "CANARY-D-", "CANARY-E-", "c2VjcmV0a2V5"));
    for (Map.Entry<String, Plan> e : plans.entrySet()) {
      Plan plan = e.getValue();
      List<String> fingerprints =
          plan.changes().stream()
              .flatMap(c -> c.attributes().stream())
              .flatMap(a -> java.util.stream.Stream.of(a.before(), a.after()))
              .filter(v -> v != null && v.isSensitive())
              .map(v -> v.text())
              .toList();
      Map<String, String> rendered = new LinkedHashMap<>();
      rendered.put("text", new TextRenderer(false).render(plan));
      rendered.put("text in colour", new TextRenderer(true).render(plan));
      rendered.put("markdown", new MarkdownRenderer().render(plan));
      rendered.put("json", new JsonRenderer().render(plan));
      rendered.put("Plan.toString()", plan.toString());
      for (Map.Entry<String, String> r : rendered.entrySet()) {
        for (String canary : canaries) {
          assertThat(r.getValue())
              .as("%s plan, %s, must not contain %s", e.getKey(), r.getKey(), canary)
              .doesNotContain(canary);
        }
        if (!r.getKey().equals("Plan.toString()")) {
          for (String fingerprint : fingerprints) {
            assertThat(r.getValue())
                .as("%s plan, %s, must not show a fingerprint", e.getKey(), r.getKey())
                .doesNotContain(fingerprint);
          }
        }
      }
      if (!e.getKey().equals("unchanged")) {
        assertThat(rendered.get("text")).as(e.getKey()).contains("(sensitive value)");
      }
    }
  }
}
