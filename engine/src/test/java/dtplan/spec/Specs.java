package dtplan.spec;

import static dtplan.fixtures.Fixtures.SUB;

import dtplan.diag.InvalidSpecException;
import java.util.Map;

/** Small helpers for tests that load specs from text. */
final class Specs {
  static final String OTHER_SUB = "11111111-1111-1111-1111-111111111111";

  static final String HEAD =
      """
      version: 1
      stack: test
      azure:
        resourceGroup: rg-test
        location: westeurope
      """;

  private Specs() {}

  static Spec load(String yaml) throws InvalidSpecException {
    return load(yaml, Map.of(), Map.of());
  }

  static Spec load(String yaml, Map<String, String> env, Map<String, String> vars)
      throws InvalidSpecException {
    return new SpecLoader().parse("test.yaml", yaml, new SpecOptions(env, vars, null, SUB));
  }

  static String eventHubId(String hub) {
    return "/subscriptions/${azure.subscription}/resourceGroups/rg-test/providers/Microsoft.EventHub/namespaces/ns-test/eventhubs/"
        + hub;
  }
}
