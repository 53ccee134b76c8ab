package dtplan.render;

import dtplan.diag.InvalidSpecException;
import dtplan.model.Destination;
import dtplan.plan.LiveDigests;
import dtplan.plan.Plan;
import dtplan.plan.Planner;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.util.List;
import java.util.Map;

/** Plans for renderer tests, made by the real planner from a spec and a live state. */
final class Plans {
  static final String SUB = "00000000-0000-0000-0000-000000000000";
  static final String RG = "/subscriptions/" + SUB + "/resourceGroups/rg-test";
  static final String HUB =
      RG + "/providers/Microsoft.EventHub/namespaces/ns-test/eventhubs/telemetry";
  static final String CONTAINER =
      RG + "/providers/Microsoft.Storage/storageAccounts/sttest/blobServices/default/containers/dl";

  private Plans() {}

  static Spec spec(String yaml, Map<String, String> env) {
    try {
      return new SpecLoader().parse("spec.yaml", yaml, new SpecOptions(env, Map.of(), null, SUB));
    } catch (InvalidSpecException e) {
      throw new AssertionError(e.diagnostics().stream().map(d -> d.format()).toList().toString());
    }
  }

  static Plan plan(String yaml, Map<String, String> env, ReadResponse live) {
    return new Planner().plan("test target", spec(yaml, env), live, LiveDigests.ofText(yaml));
  }

  static Plan plan(String yaml, ReadResponse live) {
    return plan(yaml, Map.of(), live);
  }

  static List<Destination> destinations() {
    return List.of(
        new Destination(HUB, true, "https://ns-test.servicebus.windows.net:443/", null, null),
        new Destination(CONTAINER, true, null, null, "https://sttest.blob.core.windows.net/"));
  }

  static ReadResponse emptyLive() {
    return new ReadResponse(
        List.of(), List.of(), List.of(), List.of(), List.of(), destinations(), Map.of());
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
  static final String KEY_ENDPOINT =
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
              connectionString: ${env:SB}
          routes:
            all: {endpoint: telemetry}
      """
          .formatted(HUB);
}
