package dtplan.render;

import dtplan.apply.ApplyResult;
import dtplan.apply.StepOutcome;
import dtplan.fixtures.Fixtures;
import dtplan.model.Instance;
import dtplan.model.ResourceKind;
import dtplan.model.Route;
import dtplan.plan.Action;
import dtplan.plan.PlannedChange;
import dtplan.plan.Reason;
import dtplan.plan.order.Operation;
import dtplan.plan.order.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Steps and outcomes made by hand, for apply progress tests that need no applier. */
final class ApplySteps {
  static final String INSTANCE_ID = Fixtures.instanceId("twins");

  private ApplySteps() {}

  static Step createInstance() {
    Instance twins = new Instance(INSTANCE_ID, "westeurope", Map.of(), null, null, null, null);
    return new Step(
        new PlannedChange(
            dtplan.plan.Addresses.instance("twins"),
            ResourceKind.INSTANCE,
            Action.CREATE,
            Reason.NOT_FOUND,
            List.of(),
            null,
            twins,
            Map.of()),
        Operation.CREATE);
  }

  /** One step of replacing route {@code name} of the instance (a REPLACE is a delete, a create). */
  static Step replaceRoute(String name, Operation operation) {
    Route route = new Route(INSTANCE_ID, name, "telemetry", "true");
    return new Step(
        new PlannedChange(
            dtplan.plan.Addresses.route("twins", name),
            ResourceKind.ROUTE,
            Action.REPLACE,
            Reason.ENDPOINT_REPLACED,
            List.of(),
            route,
            route,
            Map.of()),
        operation);
  }

  static StepOutcome ran(Step step, StepOutcome.Status status, long fromSecond, long toSecond) {
    return new StepOutcome(
        step,
        status,
        Duration.ofSeconds(toSecond - fromSecond),
        status == StepOutcome.Status.FAILED ? "Conflict: busy" : null,
        Instant.EPOCH.plusSeconds(fromSecond),
        Instant.EPOCH.plusSeconds(toSecond));
  }

  /**
   * An apply that replaced two routes' endpoint: route a came back after 3 s, route b's recreation
   * failed, and the instance was created.
   */
  static ApplyResult routesLeftMissing() {
    return new ApplyResult(
        List.of(
            ran(createInstance(), StepOutcome.Status.DONE, 0, 1),
            ran(replaceRoute("a", Operation.DELETE), StepOutcome.Status.DONE, 1, 2),
            ran(replaceRoute("b", Operation.DELETE), StepOutcome.Status.DONE, 2, 3),
            ran(replaceRoute("a", Operation.CREATE), StepOutcome.Status.DONE, 3, 4),
            ran(replaceRoute("b", Operation.CREATE), StepOutcome.Status.FAILED, 4, 6)),
        false);
  }
}
