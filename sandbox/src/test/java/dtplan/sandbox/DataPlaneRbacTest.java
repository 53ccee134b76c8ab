package dtplan.sandbox;

import static dtplan.sandbox.AccessFixture.DP;
import static dtplan.sandbox.AccessFixture.INST;
import static dtplan.sandbox.AccessFixture.RG;
import static dtplan.sandbox.AccessFixture.ROUTE;
import static dtplan.sandbox.AccessFixture.SIBLING;
import static dtplan.sandbox.AccessFixture.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Data-plane RBAC over plain HTTP: which assignments let the one caller in, and when. */
class DataPlaneRbacTest {
  static final String RA_API = "?api-version=2022-04-01";

  final TestClock clock = new TestClock();
  Sandbox sb;
  Http http;
  String host;

  private void start(SandboxConfig config) throws Exception {
    sb = Sandbox.start(config.withClock(clock));
    http = new Http(sb);
    host = AccessFixture.seed(sb);
  }

  @AfterEach
  void stop() {
    if (sb != null) {
      sb.close();
    }
  }

  private int list() {
    return http.get(host + "/eventroutes" + DP).status();
  }

  /** Creates a role assignment for the caller through ARM, as a user would. */
  private String assign(String scope, String roleGuid) {
    String id = scope + "/providers/Microsoft.Authorization/roleAssignments/" + UUID.randomUUID();
    Http.Res r =
        http.put(
            id + RA_API,
            """
            {"properties": {"roleDefinitionId":
              "/providers/Microsoft.Authorization/roleDefinitions/%s", "principalId": "%s"}}
            """
                .formatted(roleGuid, sb.config().callerPrincipalId()));
    assertThat(r.status()).isEqualTo(201);
    return id;
  }

  @Test
  void withoutARoleEveryCallIsRefusedWithAnEmptyBody() throws Exception {
    start(SandboxConfig.defaults());
    for (Http.Res r :
        new Http.Res[] {
          http.get(host + "/eventroutes" + DP),
          http.get(host + "/eventroutes/r1" + DP),
          http.put(host + "/eventroutes/r1" + DP, ROUTE),
          http.delete(host + "/eventroutes/r1" + DP)
        }) {
      assertThat(r.status()).isEqualTo(403);
      assertThat(r.raw().body()).isEmpty();
      assertThat(r.header("x-ms-error-code")).isNull();
    }
    CallerRoles.grantDataOwner(sb);
    // The refused PUT stored nothing.
    assertThat(http.get(host + "/eventroutes/r1" + DP).code()).isEqualTo("EventRouteNotFound");
  }

  @Test
  void anAssignmentOnASiblingInstanceDoesNotReachThisOne() throws Exception {
    start(SandboxConfig.defaults());
    sb.seed(CallerRoles.seed(sb, SIBLING, CallerRoles.DATA_OWNER));
    assertThat(list()).isEqualTo(403);
    sb.seed(CallerRoles.seed(sb, INST, CallerRoles.DATA_OWNER));
    assertThat(list()).isEqualTo(200);
  }

  @Test
  void controlPlaneOwnerOnTheSubscriptionIsNotEnough() throws Exception {
    start(SandboxConfig.defaults());
    sb.seed(CallerRoles.seed(sb, SUB, CallerRoles.OWNER));
    sb.seed(CallerRoles.seed(sb, SUB, "b24988ac-6180-42a0-ab88-20f7382dd24c")); // Contributor
    assertThat(list()).isEqualTo(403);
    sb.seed(CallerRoles.seed(sb, SUB, CallerRoles.DATA_OWNER));
    assertThat(list()).isEqualTo(200);
  }

  @Test
  void aNewAssignmentCountsOnlyOnceItHasPropagated() throws Exception {
    start(SandboxConfig.defaults());
    Duration delay = sb.config().roleAssignmentPropagationDelay();
    assertThat(delay).isEqualTo(Duration.ofSeconds(2));
    assign(RG, CallerRoles.DATA_OWNER);
    assertThat(list()).isEqualTo(403);
    clock.advance(delay.minusMillis(1));
    assertThat(list()).isEqualTo(403);
    clock.advance(Duration.ofMillis(1));
    assertThat(list()).isEqualTo(200);
  }

  @Test
  void thePropagationDelayIsConfigurable() throws Exception {
    start(SandboxConfig.defaults().withRoleAssignmentPropagationDelay(Duration.ofMinutes(10)));
    assign(INST, CallerRoles.DATA_OWNER);
    clock.advance(Duration.ofMinutes(9));
    assertThat(list()).isEqualTo(403);
    clock.advance(Duration.ofMinutes(1));
    assertThat(list()).isEqualTo(200);
  }

  @Test
  void deletingTheAssignmentEndsAccessAtOnce() throws Exception {
    start(SandboxConfig.defaults());
    String id = assign(INST, CallerRoles.DATA_OWNER);
    clock.advance(Duration.ofSeconds(2));
    assertThat(list()).isEqualTo(200);
    assertThat(http.delete(id + RA_API).status()).isEqualTo(200);
    assertThat(list()).isEqualTo(403);
  }

  @Test
  void onlyTheConfiguredCallersAssignmentsCount() throws Exception {
    String caller = "0a0a0a0a-0000-4000-8000-000000000001";
    start(SandboxConfig.defaults().withCallerPrincipalId(caller));
    sb.seed(
        CallerRoles.seed(sb, SUB, CallerRoles.DATA_OWNER)
            .replace(caller, SandboxConfig.DEFAULT_CALLER_PRINCIPAL_ID));
    assertThat(list()).isEqualTo(403);
    sb.seed(CallerRoles.seed(sb, SUB, CallerRoles.DATA_OWNER));
    assertThat(list()).isEqualTo(200);
  }

  @Test
  void withRbacOffNoRoleIsNeeded() throws Exception {
    start(SandboxConfig.defaults().withDataPlaneRbac(false));
    assertThat(http.put(host + "/eventroutes/r1" + DP, ROUTE).status()).isEqualTo(204);
    assertThat(http.get(host + "/eventroutes/r1" + DP).status()).isEqualTo(200);
  }

  @Test
  void theCallerIsAKnownPrincipalFromTheStart() throws Exception {
    start(SandboxConfig.defaults().withPrincipalReplicationDelay(Duration.ofHours(1)));
    assign(INST, CallerRoles.DATA_OWNER);
    String stranger =
        (SUB + "/providers/Microsoft.Authorization/roleAssignments/" + UUID.randomUUID()) + RA_API;
    Http.Res unknown =
        http.put(
            stranger,
            """
            {"properties": {"roleDefinitionId":
              "/providers/Microsoft.Authorization/roleDefinitions/%s",
              "principalId": "0b0b0b0b-0000-4000-8000-000000000002"}}
            """
                .formatted(CallerRoles.DATA_OWNER));
    assertThat(unknown.code()).isEqualTo("PrincipalNotFound");
  }

  @Test
  void healthNamesTheCaller() throws Exception {
    start(SandboxConfig.defaults());
    assertThat(http.get("/_sandbox/health").json().path("callerPrincipalId").asText())
        .isEqualTo(SandboxConfig.DEFAULT_CALLER_PRINCIPAL_ID);
    sb.close();
    String caller = "0a0a0a0a-0000-4000-8000-000000000003";
    start(SandboxConfig.defaults().withCallerPrincipalId(caller));
    assertThat(http.get("/_sandbox/health").json().path("callerPrincipalId").asText())
        .isEqualTo(caller);
  }
}
