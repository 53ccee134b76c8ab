package dtplan.sandbox;

import static dtplan.sandbox.AccessFixture.ARM;
import static dtplan.sandbox.AccessFixture.DP;
import static dtplan.sandbox.AccessFixture.INST;
import static dtplan.sandbox.AccessFixture.ROUTE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An instance with public network access disabled, seen from the public and a private network. */
class PublicNetworkAccessTest {
  static final String DISABLED = "{\"publicNetworkAccess\": \"Disabled\"}";

  @Test
  void disabledRefusesEvenADataOwnerWithAzuresBody() throws Exception {
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults())) {
      String host = AccessFixture.seed(sb, DISABLED);
      CallerRoles.grantDataOwner(sb);
      Http http = new Http(sb);
      for (Http.Res r :
          new Http.Res[] {
            http.get(host + "/eventroutes" + DP),
            http.put(host + "/eventroutes/r1" + DP, ROUTE),
            http.delete(host + "/eventroutes/r1" + DP)
          }) {
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("statusCode").asInt()).isEqualTo(403);
        assertThat(r.json().path("message").asText())
            .isEqualTo("Public network access disabled by policy.");
      }
      // ARM still answers: the flag closes the data plane only.
      assertThat(http.get(INST + ARM).status()).isEqualTo(200);
    }
  }

  @Test
  void theNetworkIsCheckedBeforeTheCallersRoles() throws Exception {
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults())) {
      String host = AccessFixture.seed(sb, DISABLED);
      Http.Res r = new Http(sb).get(host + "/eventroutes" + DP);
      assertThat(r.status()).isEqualTo(403);
      assertThat(r.json().path("message").asText())
          .isEqualTo("Public network access disabled by policy.");
    }
  }

  @Test
  void aCallerOnThePrivateNetworkGetsThrough() throws Exception {
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults().withCallerOnPrivateNetwork(true))) {
      String host = AccessFixture.seed(sb, DISABLED);
      Http http = new Http(sb);
      // RBAC still applies on the private network.
      assertThat(http.get(host + "/eventroutes" + DP).raw().body()).isEmpty();
      CallerRoles.grantDataOwner(sb);
      assertThat(http.put(host + "/eventroutes/r1" + DP, ROUTE).status()).isEqualTo(204);
      assertThat(http.get(host + "/eventroutes/r1" + DP).status()).isEqualTo(200);
    }
  }

  @Test
  void enabledLetsThePublicNetworkIn() throws Exception {
    try (Sandbox sb = Sandbox.start(SandboxConfig.defaults())) {
      String host = AccessFixture.seed(sb, "{\"publicNetworkAccess\": \"Enabled\"}");
      CallerRoles.grantDataOwner(sb);
      assertThat(new Http(sb).get(host + "/eventroutes" + DP).status()).isEqualTo(200);
    }
  }
}
