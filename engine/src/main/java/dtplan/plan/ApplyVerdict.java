package dtplan.plan;

import java.util.List;

/**
 * Whether a plan may be carried out, and if not, which gate stopped it. Decided by {@link
 * ApplyPolicy}; said to the user by the renderers. Asking for approval comes after a verdict that
 * proceeds, and is not part of it: it is the user's decision, not the plan's.
 *
 * @param details what the gate found, one line each: the instances a plan would delete or replace,
 *     the changes that reach outside the stack; empty for the other gates
 */
public record ApplyVerdict(Gate gate, List<String> details) {
  public ApplyVerdict {
    details = List.copyOf(details);
  }

  /** The gates, in the order they are checked; the first that applies is the verdict. */
  public enum Gate {
    /** The plan has errors: it was made for review only. */
    PLAN_HAS_ERRORS,
    /** Nothing to do: not a refusal, and nothing to approve. */
    NO_CHANGES,
    /** Deleting or replacing an instance destroys its twin data; it needs explicit permission. */
    DELETES_INSTANCES,
    /** A change touches something the stack does not own. */
    WRITES_OUTSIDE_STACK,
    /** Every gate passed: carry it out (after approval). */
    PROCEED
  }

  /** Whether changes are to be carried out. */
  public boolean proceeds() {
    return gate == Gate.PROCEED;
  }

  /** Whether a gate refused the plan (as opposed to it having nothing to do, or proceeding). */
  public boolean refused() {
    return gate != Gate.PROCEED && gate != Gate.NO_CHANGES;
  }
}
