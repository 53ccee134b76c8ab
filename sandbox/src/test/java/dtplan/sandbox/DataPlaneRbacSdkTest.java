package dtplan.sandbox;

import static dtplan.sandbox.AccessFixture.INST;
import static dtplan.sandbox.AccessFixture.RG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.exception.HttpResponseException;
import com.azure.digitaltwins.core.DigitalTwinsClient;
import com.azure.digitaltwins.core.models.DigitalTwinsEventRoute;
import com.azure.resourcemanager.authorization.AuthorizationManager;
import com.azure.resourcemanager.authorization.models.BuiltInRole;
import com.azure.resourcemanager.authorization.models.RoleAssignment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Data-plane RBAC as the real SDK meets it: AuthorizationManager grants, DigitalTwinsClient calls.
 */
class DataPlaneRbacSdkTest {
  final TestClock clock = new TestClock();
  Sandbox sb;
  AuthorizationManager am;
  DigitalTwinsClient dt;

  @BeforeEach
  void start() throws Exception {
    sb = Sandbox.start(SandboxConfig.defaults().withClock(clock));
    am = new SdkClients(sb).am;
    dt = SdkClients.dataPlane(AccessFixture.seed(sb));
  }

  @AfterEach
  void stop() {
    sb.close();
  }

  /**
   * Assigns a built-in role, by name as the SDK looks it up, to the caller; then lets it propagate.
   */
  private RoleAssignment grant(String roleName, String scope) {
    RoleAssignment ra =
        am.roleAssignments()
            .define(UUID.randomUUID().toString())
            .forObjectId(sb.config().callerPrincipalId())
            .withBuiltInRole(BuiltInRole.fromString(roleName))
            .withScope(scope)
            .create();
    clock.advance(sb.config().roleAssignmentPropagationDelay());
    return ra;
  }

  private static void assertForbidden(Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOfSatisfying(
            HttpResponseException.class,
            e -> assertThat(e.getResponse().getStatusCode()).isEqualTo(403));
  }

  private List<String> routeIds() {
    List<String> ids = new ArrayList<>();
    dt.listEventRoutes().forEach(r -> ids.add(r.getEventRouteId()));
    return ids;
  }

  @Test
  void withoutARoleTheSdkIsRefusedOnEveryCall() {
    DigitalTwinsEventRoute route = new DigitalTwinsEventRoute("eh1").setFilter("true");
    assertForbidden(() -> dt.createOrReplaceEventRoute("r1", route));
    assertForbidden(() -> dt.getEventRoute("r1"));
    assertForbidden(this::routeIds);
    assertForbidden(() -> dt.deleteEventRoute("r1"));
  }

  @Test
  void dataOwnerOnTheResourceGroupMayDoEverything() {
    grant("Azure Digital Twins Data Owner", RG);
    dt.createOrReplaceEventRoute("r1", new DigitalTwinsEventRoute("eh1").setFilter("true"));
    assertThat(dt.getEventRoute("r1").getEndpointName()).isEqualTo("eh1");
    assertThat(routeIds()).containsExactly("r1");
    dt.deleteEventRoute("r1");
    assertThat(routeIds()).isEmpty();
  }

  @Test
  void dataReaderMayReadButNotWrite() {
    RoleAssignment owner = grant("Azure Digital Twins Data Owner", INST);
    dt.createOrReplaceEventRoute("r1", new DigitalTwinsEventRoute("eh1").setFilter("true"));
    am.roleAssignments().deleteById(owner.id());
    assertForbidden(this::routeIds);

    RoleAssignment reader = grant("Azure Digital Twins Data Reader", INST);
    assertThat(reader.roleDefinitionId()).endsWith("d57506d4-4c8d-48b1-8587-93c323f6a5a3");
    assertThat(routeIds()).containsExactly("r1");
    assertThat(dt.getEventRoute("r1").getFilter()).isEqualTo("true");
    assertForbidden(
        () ->
            dt.createOrReplaceEventRoute(
                "r2", new DigitalTwinsEventRoute("eh1").setFilter("true")));
    assertForbidden(() -> dt.deleteEventRoute("r1"));
    assertThat(routeIds()).containsExactly("r1");
  }

  @Test
  void aFreshAssignmentIsRefusedUntilItPropagates() {
    am.roleAssignments()
        .define(UUID.randomUUID().toString())
        .forObjectId(sb.config().callerPrincipalId())
        .withBuiltInRole(BuiltInRole.fromString("Azure Digital Twins Data Owner"))
        .withScope(INST)
        .create();
    assertForbidden(this::routeIds);
    clock.advance(sb.config().roleAssignmentPropagationDelay().minus(Duration.ofMillis(1)));
    assertForbidden(this::routeIds);
    clock.advance(Duration.ofMillis(1));
    assertThat(routeIds()).isEmpty();
  }
}
