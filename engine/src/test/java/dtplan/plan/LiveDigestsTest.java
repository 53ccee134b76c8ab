package dtplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dtplan.provider.ReadResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plan's live digests are computed only when read (issue 19), and then are exactly what the
 * stale-plan check computes from the same read: saved plan files depend on the values.
 */
class LiveDigestsTest {
  @Test
  void aPlansDigestsAreThoseOfWhatItRead() {
    ReadResponse live = DataHistoryRulesTest.applied();
    Plan plan = DiffRuleTable.plan(DataHistoryRulesTest.spec(""), live);

    assertThat(plan.liveDigests()).isNotEmpty().isEqualTo(LiveDigests.of(live));
    assertThat(plan.liveDigests().keySet())
        .containsExactlyElementsOf(LiveDigests.of(live).keySet());
  }

  @Test
  void aPlansDigestsCannotBeChanged() {
    Plan plan = DiffRuleTable.plan(DataHistoryRulesTest.spec(""), DataHistoryRulesTest.applied());
    Map<String, String> digests = plan.liveDigests();

    assertThatThrownBy(() -> digests.put("/x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> digests.entrySet().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
