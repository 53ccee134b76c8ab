package dtplan.render;

import dtplan.plan.LiveDigests;
import dtplan.plan.Plan;
import dtplan.plan.PlanFixtures;
import dtplan.plan.Planner;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import java.util.Map;

/** Plans for renderer tests, made by the real planner from a spec and a live state. */
final class Plans {
  static final String SUB = PlanFixtures.SUB;
  static final String RG = PlanFixtures.RG;
  static final String HUB = PlanFixtures.HUB;
  static final String CONTAINER = PlanFixtures.CONTAINER;

  private Plans() {}

  static Spec spec(String yaml, Map<String, String> env) {
    return PlanFixtures.spec("spec.yaml", yaml, env);
  }

  static Plan plan(String yaml, Map<String, String> env, ReadResponse live) {
    return new Planner().plan("test target", spec(yaml, env), live, LiveDigests.ofText(yaml));
  }

  static Plan plan(String yaml, ReadResponse live) {
    return plan(yaml, Map.of(), live);
  }

  static ReadResponse emptyLive() {
    return PlanFixtures.emptyLive();
  }

  static final String IDENTITY_ENDPOINT =
      """
      version: 1
      stack: test
      azure: {resourceGroup: rg-test, location: westeurope}
      instances:
        twins:
          identity: {system: true}
          tags: {team: iot}
          roles:
            - {role: Azure Event Hubs Data Sender, scope: %s}
            - {role: Storage Blob Data Contributor, scope: %s}
          endpoints:
            telemetry:
              type: eventhub
              auth: identity
              eventhub: %s
              deadLetter: {container: %s}
          routes:
            all: {endpoint: telemetry}
      """
          .formatted(HUB, CONTAINER, HUB, CONTAINER);

  /** A key-based endpoint whose connection string comes from {@code ${env:SB}}. */
  static final String KEY_ENDPOINT = PlanFixtures.KEY_ENDPOINT_SPEC;
}
