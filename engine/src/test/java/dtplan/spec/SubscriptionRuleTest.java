package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One table for where the subscription comes from and whether that means Azure. */
class SubscriptionRuleTest {
  private static final String FLAG = "aaaaaaaa-0000-0000-0000-000000000001";
  private static final String ENV = "bbbbbbbb-0000-0000-0000-000000000002";
  private static final String OWN = "cccccccc-0000-0000-0000-000000000003";
  private static final String SANDBOX = "00000000-0000-0000-0000-000000000000";

  /**
   * @param own the spec's {@code azure.subscription}, or null when it has none
   * @param expected the subscription in effect, or null when there is none (an error)
   */
  record Case(
      String reason,
      String flag,
      String env,
      boolean sandboxNamed,
      String own,
      String expected,
      boolean azure) {
    @Override
    public String toString() {
      return reason;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("the flag wins over everything", FLAG, ENV, false, OWN, FLAG, true),
        new Case("the flag selects Azure even beside --sandbox", FLAG, null, true, OWN, FLAG, true),
        new Case("the environment wins over the spec", null, ENV, false, OWN, ENV, true),
        new Case(
            "the environment selects Azure without a spec value",
            null,
            ENV,
            false,
            null,
            ENV,
            true),
        new Case("--sandbox makes the environment not count", null, ENV, true, OWN, OWN, false),
        new Case(
            "--sandbox and no spec value: the sandbox's", null, ENV, true, null, SANDBOX, false),
        new Case("a blank environment is unset", null, "  ", false, OWN, OWN, false),
        new Case("an empty environment is unset", null, "", false, null, SANDBOX, false),
        new Case("the spec's own, on a sandbox", null, null, false, OWN, OWN, false),
        new Case("nothing at all: the sandbox's default", null, null, false, null, SANDBOX, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decides(Case c) {
    SubscriptionRule rule = new SubscriptionRule(c.flag(), c.env(), c.sandboxNamed(), SANDBOX);
    assertThat(rule.resolve(c.own())).as(c.reason()).isEqualTo(c.expected());
    assertThat(rule.selectsAzure()).as(c.reason()).isEqualTo(c.azure());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theLoaderAppliesTheSameRule(Case c) throws Exception {
    SubscriptionRule rule = new SubscriptionRule(c.flag(), c.env(), c.sandboxNamed(), SANDBOX);
    String yaml =
        "version: 1\nstack: test\nazure:\n"
            + (c.own() == null ? "" : "  subscription: " + c.own() + "\n")
            + "  resourceGroup: rg-test\n  location: westeurope\n";
    Spec spec = new SpecLoader().parse("test.yaml", yaml, rule.options(Map.of(), Map.of()));
    assertThat(spec.subscription()).as(c.reason()).isEqualTo(c.expected());
  }

  @Test
  void commandsWithoutTargetOptionsFollowTheEnvironmentOnly() {
    assertThat(SubscriptionRule.fromEnvironment(ENV, SANDBOX).resolve(OWN)).isEqualTo(ENV);
    assertThat(SubscriptionRule.fromEnvironment(null, SANDBOX).resolve(null)).isEqualTo(SANDBOX);
    assertThat(SubscriptionRule.fromEnvironment(" ", SANDBOX).resolve(OWN)).isEqualTo(OWN);
  }
}
