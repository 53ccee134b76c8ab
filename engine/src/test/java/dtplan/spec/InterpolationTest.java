package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolationTest {
  @Test
  void substitutesEnvVarsAndTheSubscriptionInsideLongerStrings() throws Exception {
    Spec spec =
        Specs.load(
            """
            version: 1
            stack: ${var.stack}
            azure:
              resourceGroup: rg-${env:DTPLAN_TEAM}
              location: ${var.region}
            instances:
              twins-a:
                name: twins-${var.stack}
                identity: {system: true}
                tags: {owner: "team-${env:DTPLAN_TEAM}-x"}
                roles:
                  - role: Azure Event Hubs Data Sender
                    scope: /subscriptions/${azure.subscription}/resourceGroups/rg-x
            """,
            Map.of("DTPLAN_TEAM", "iot"),
            Map.of("stack", "factory", "region", "northeurope"));
    assertThat(spec.stack()).isEqualTo("factory");
    assertThat(spec.resourceGroup()).isEqualTo("rg-iot");
    assertThat(spec.location()).isEqualTo("northeurope");
    InstanceSpec instance = spec.instances().get("twins-a");
    assertThat(instance.name()).isEqualTo("twins-factory");
    assertThat(instance.tags()).containsEntry("owner", "team-iot-x");
    assertThat(instance.roles().get(0).scope())
        .isEqualTo("/subscriptions/" + Fixtures.SUB + "/resourceGroups/rg-x");
  }

  @Test
  void doubleDollarWritesALiteralExpression() throws Exception {
    Spec spec =
        Specs.load(
            Specs.HEAD
                + """
                instances:
                  twins-a:
                    tags: {note: "costs $${env:NOT_READ} and ${var.x}"}
                """,
            Map.of(),
            Map.of("x", "1"));
    assertThat(spec.instances().get("twins-a").tags())
        .containsEntry("note", "costs ${env:NOT_READ} and 1");
  }

  @Test
  void theAzureSubscriptionIsTheEffectiveOne() throws Exception {
    String yaml =
        """
        version: 1
        stack: test
        azure:
          subscription: ${env:SPEC_SUB}
          resourceGroup: rg-test
          location: westeurope
        roleAssignments:
          a: {principal: identities.ingest, role: Owner, scope: "/subscriptions/${azure.subscription}"}
        identities:
          ingest: {}
        """;
    Map<String, String> env = Map.of("SPEC_SUB", Specs.OTHER_SUB);
    SpecLoader loader = new SpecLoader();

    Spec fromSpec =
        loader.parse("t.yaml", yaml, new SpecOptions(env, Map.of(), null, Fixtures.SUB));
    assertThat(fromSpec.subscription()).isEqualTo(Specs.OTHER_SUB);
    assertThat(fromSpec.roleAssignments().get("a").scope())
        .isEqualTo("/subscriptions/" + Specs.OTHER_SUB);

    String override = "22222222-2222-2222-2222-222222222222";
    Spec overridden =
        loader.parse("t.yaml", yaml, new SpecOptions(env, Map.of(), override, Fixtures.SUB));
    assertThat(overridden.subscription()).isEqualTo(override);
    assertThat(overridden.roleAssignments().get("a").scope())
        .isEqualTo("/subscriptions/" + override);
  }

  @Test
  void withoutAnySubscriptionTheFallbackIsUsed() throws Exception {
    assertThat(Specs.load(Specs.HEAD).subscription()).isEqualTo(Fixtures.SUB);
  }
}
