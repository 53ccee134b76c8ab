package dtplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.fixtures.FakeProvider;
import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.plan.order.ExecutionGraph;
import dtplan.provider.ReadResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How long an apply left an instance without its routes, measured on the applier's injected clock:
 * here one that moves a second each time it is read, with one step at a time, so each step takes
 * one second and one more passes between steps.
 */
class RouteGapTest {
  /** A wall clock that moves one second forward each time it is read. */
  static final class Ticking extends FakeTime {
    @Override
    public Instant instant() {
      Instant now = super.instant();
      advance(Duration.ofSeconds(1));
      return now;
    }
  }

  /**
   * A plan to the spec {@code to} from Azure holding {@link MigrationWindowTest#KEYED_NO_IDENTITY}
   * with the instance's system identity enabled.
   */
  static Plan plan(String to) throws Exception {
    ReadResponse keyed =
        MigrationWindowTest.withRoutes(MigrationWindowTest.keyedAzure(true)).read();
    return new Planner().plan("test", MigrationWindowTest.spec(to), keyed, "d");
  }

  static ApplyResult apply(Plan plan, Set<String> failing) {
    return new Applier(
            new FakeProvider().failingOn(failing),
            ApplyListener.NONE,
            ApplyOptions.defaults().withParallelism(1).withTime(new Ticking()))
        .apply(ExecutionGraph.of(plan));
  }

  @Test
  void stepsCarryTheirStartAndEndFromTheInjectedClock() throws Exception {
    ApplyResult result = apply(plan(MigrationWindowTest.IDENTITY), Set.of());
    StepOutcome first = result.outcomes().get(0);
    assertThat(first.started()).isEqualTo(Instant.EPOCH);
    assertThat(first.finished()).isEqualTo(Instant.EPOCH.plusSeconds(1));
    assertThat(first.elapsed()).isEqualTo(Duration.ofSeconds(1));
  }

  /**
   * In the window: route a and b deleted, the endpoint deleted and created, a and b created: six
   * steps of one second with a second between each, 11 s from the first start to the last end.
   */
  @Test
  void aReplacementCountsFromTheFirstRouteDeletedToTheLastRecreated() throws Exception {
    ApplyResult result = apply(plan(MigrationWindowTest.IDENTITY), Set.of());
    assertThat(result.succeeded()).isTrue();
    assertThat(RouteGap.of(result))
        .containsExactly(new RouteGap("instances.twins", Duration.ofSeconds(11), List.of()));
  }

  @Test
  void aRenameLeavesNoRouteMissing() throws Exception {
    String renamed =
        MigrationWindowTest.IDENTITY
            .replace(
                "hub: {type: eventhub, auth: identity", "hub-id: {type: eventhub, auth: identity")
            .replace("{endpoint: hub", "{endpoint: hub-id");
    ApplyResult result = apply(plan(renamed), Set.of());
    assertThat(result.succeeded()).isTrue();
    assertThat(result.outcomes())
        .extracting(o -> o.step().id())
        .contains("instances.twins.routes.a (update)", "instances.twins.endpoints.hub (delete)")
        .noneMatch(id -> id.contains("routes.a (delete)"));
    assertThat(RouteGap.of(result)).isEmpty();
  }

  @Test
  void routesNotRecreatedAreStillMissingUntilTheEnd() throws Exception {
    Plan plan = plan(MigrationWindowTest.IDENTITY);
    String endpointId =
        plan.changes().stream()
            .filter(c -> c.address().toString().equals("instances.twins.endpoints.hub"))
            .findFirst()
            .orElseThrow()
            .after()
            .id();
    ApplyResult result = apply(plan, Set.of(endpointId));
    List<RouteGap> gaps = RouteGap.of(result);
    assertThat(gaps).hasSize(1);
    assertThat(gaps.get(0).stillMissing()).containsExactly("a", "b");
    assertThat(gaps.get(0).missing()).isPositive();
  }
}
