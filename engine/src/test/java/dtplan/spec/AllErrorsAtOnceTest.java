package dtplan.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dtplan.diag.Diagnostic;
import dtplan.diag.InvalidSpecException;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One run shows every problem of a stage, in file order, even though the rules find them in another
 * order (role assignments are written first here but checked last).
 */
class AllErrorsAtOnceTest {
  private static List<Diagnostic> problems(String yaml) {
    return catchThrowableOfType(InvalidSpecException.class, () -> Specs.load(yaml)).diagnostics();
  }

  private static void assertInFileOrder(List<Diagnostic> found) {
    assertThat(found)
        .isSortedAccordingTo(
            Comparator.comparingInt((Diagnostic d) -> d.location().line())
                .thenComparingInt(d -> d.location().column()));
  }

  @Test
  void azureRulesAreAllReportedInFileOrder() {
    List<Diagnostic> found =
        problems(
            Specs.HEAD
                + """
                roleAssignments:
                  sends: {principal: identities.nobody, role: Owner, scope: "/subscriptions/x"}
                instances:
                  tw:
                    tags: {dtplan-x: "1"}
                    endpoints:
                      grid: {type: eventgrid, auth: identity}
                    routes:
                      all: {endpoint: nowhere}
                """);
    assertThat(found).hasSize(6);
    assertThat(found.get(0).location().line()).isEqualTo(7);
    assertInFileOrder(found);
  }

  @Test
  void schemaProblemsAreAllReportedInFileOrder() {
    List<Diagnostic> found =
        problems(
            """
            version: 2
            stack: [x]
            azure: {resourcegroup: rg, location: 42}
            instances:
              twins-a: {publicNetworkAccess: open, endpoints: {hub: {}}}
            extra: 1
            """);
    assertThat(found).extracting(d -> d.location().line()).containsExactly(1, 2, 3, 3, 5, 5, 6);
    assertInFileOrder(found);
  }
}
