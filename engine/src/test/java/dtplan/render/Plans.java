package dtplan.render;

import dtplan.fixtures.Fixtures;
import dtplan.plan.LiveDigests;
import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import java.util.Map;

/** Plans for renderer tests, made by the real planner from a spec and a live state. */
final class Plans {

  private Plans() {}

  static Spec spec(String yaml, Map<String, String> env) {
    return Fixtures.spec("spec.yaml", yaml, env);
  }

  static Plan plan(String yaml, Map<String, String> env, ReadResponse live) {
    return new Planner().plan("test target", spec(yaml, env), live, LiveDigests.ofText(yaml));
  }

  static Plan plan(String yaml, ReadResponse live) {
    return plan(yaml, Map.of(), live);
  }

  static ReadResponse emptyLive() {
    return Fixtures.emptyLive();
  }

  /** {@link Fixtures#IDENTITY_ENDPOINT_SPEC} with a tag on the instance. */
  static final String IDENTITY_ENDPOINT =
      Fixtures.IDENTITY_ENDPOINT_SPEC.replace(
          "identity: {system: true}\n", "identity: {system: true}\n    tags: {team: iot}\n");

  /** A key-based endpoint whose connection string comes from {@code ${env:SB}}. */
  static final String KEY_ENDPOINT = Fixtures.KEY_ENDPOINT_SPEC;
}
