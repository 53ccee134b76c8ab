package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.model.AuthType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultsTest {
  @Test
  void whatASpecLeavesOutGetsItsDocumentedDefault() throws Exception {
    Spec spec =
        Specs.load(
            """
            version: 1
            stack: test
            azure:
              resourceGroup: rg-test
              location: West Europe
            identities:
              ingest: {}
            instances:
              twins-a:
                identity: {system: true}
                roles:
                  - {role: Owner, scope: "/subscriptions/${azure.subscription}"}
                endpoints:
                  hub:
                    type: eventhub
                    connectionString: ${env:HUB}
                  sender:
                    type: eventhub
                    auth: identity
                    eventhub: %s
                routes:
                  all: {endpoint: hub}
            """
                .formatted(Specs.eventHubId("telemetry")),
            Map.of("HUB", "Endpoint=sb://x/"),
            Map.of());
    assertThat(spec.location()).isEqualTo("westeurope");
    assertThat(spec.identities().get("ingest").name()).isEqualTo("ingest");
    InstanceSpec twins = spec.instances().get("twins-a");
    assertThat(twins.name()).isEqualTo("twins-a");
    assertThat(twins.publicNetworkAccess()).isEqualTo("Enabled");
    assertThat(twins.userIdentities()).isEmpty();
    assertThat(twins.roles().get(0).identity()).isEqualTo(RoleSpec.SYSTEM);
    assertThat(twins.endpoints().get("hub").auth()).isEqualTo(AuthType.KEY);
    assertThat(twins.endpoints().get("sender").identity()).isEqualTo(RoleSpec.SYSTEM);
    assertThat(twins.routes().get("all").filter()).isEqualTo("true");
  }

  @Test
  void anInstanceWithoutIdentityHasNone() throws Exception {
    InstanceSpec twins =
        Specs.load(Specs.HEAD + "instances:\n  twins-a: {}\n").instances().get("twins-a");
    assertThat(twins.systemIdentity()).isFalse();
    assertThat(twins.tags()).isEmpty();
    assertThat(twins.endpoints()).isEmpty();
  }

  @Test
  void mapsAreSortedByKeyWhateverTheFileOrder() throws Exception {
    Spec spec =
        Specs.load(
            Specs.HEAD
                + """
                identities: {zeta: {}, alpha: {}}
                instances:
                  twins-z:
                    tags: {z: "1", a: "2", m: "3"}
                    endpoints:
                      hub-z: {type: eventhub, connectionString: "%1$s"}
                      hub-a: {type: eventhub, connectionString: "%1$s"}
                    routes:
                      route-z: {endpoint: hub-z}
                      route-a: {endpoint: hub-a}
                  twins-a: {}
                  twins-m: {}
                """
                    .formatted(
                        "Endpoint=sb://ns-test.servicebus.windows.net/;SharedAccessKeyName=k;"
                            + "SharedAccessKey=x;EntityPath=hub"));
    assertThat(spec.identities()).containsOnlyKeys("alpha", "zeta");
    assertThat(spec.identities().keySet()).containsExactly("alpha", "zeta");
    assertThat(spec.instances().keySet()).containsExactly("twins-a", "twins-m", "twins-z");
    InstanceSpec z = spec.instances().get("twins-z");
    assertThat(z.tags().keySet()).containsExactly("a", "m", "z");
    assertThat(z.endpoints().keySet()).containsExactly("hub-a", "hub-z");
    assertThat(z.routes().keySet()).containsExactly("route-a", "route-z");
    assertThatThrownBy(() -> spec.instances().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
