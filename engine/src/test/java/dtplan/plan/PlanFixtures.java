package dtplan.plan;

import dtplan.model.Destination;
import dtplan.provider.ReadResponse;
import dtplan.spec.Spec;
import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.util.List;
import java.util.Map;

/**
 * Specs and live states for planner and renderer tests, built in code so each test shows what it
 * varies.
 */
public final class PlanFixtures {
  public static final String SUB = "00000000-0000-0000-0000-000000000000";
  public static final String RG = "/subscriptions/" + SUB + "/resourceGroups/rg-test";
  public static final String HUB =
      RG + "/providers/Microsoft.EventHub/namespaces/ns-test/eventhubs/telemetry";
  public static final String CONTAINER =
      RG + "/providers/Microsoft.Storage/storageAccounts/sttest/blobServices/default/containers/dl";

  private PlanFixtures() {}

  static Spec spec(String yaml) {
    return spec(yaml, Map.of());
  }

  static Spec spec(String yaml, Map<String, String> env) {
    return spec("test.yaml", yaml, env);
  }

  /** A valid spec; a test whose spec is invalid fails with the diagnostics. */
  public static Spec spec(String file, String yaml, Map<String, String> env) {
    try {
      return new SpecLoader().parse(file, yaml, new SpecOptions(env, Map.of(), null, SUB));
    } catch (dtplan.diag.InvalidSpecException e) {
      throw new AssertionError(e.diagnostics().stream().map(d -> d.format()).toList().toString());
    }
  }

  public static List<Destination> destinations() {
    return List.of(
        new Destination(HUB, true, "https://ns-test.servicebus.windows.net:443/", null, null),
        new Destination(CONTAINER, true, null, null, "https://sttest.blob.core.windows.net/"));
  }

  public static ReadResponse emptyLive() {
    return new ReadResponse(
        List.of(), List.of(), List.of(), List.of(), List.of(), destinations(), Map.of());
  }

  /** A key-based endpoint whose connection string comes from {@code ${env:SB}}. */
  public static final String KEY_ENDPOINT_SPEC =
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

  static final String IDENTITY_ENDPOINT_SPEC =
      """
      version: 1
      stack: test
      azure: {resourceGroup: rg-test, location: westeurope}
      instances:
        twins:
          identity: {system: true}
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
}
