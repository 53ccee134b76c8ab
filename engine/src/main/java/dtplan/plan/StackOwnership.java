package dtplan.plan;

import dtplan.model.ArmId;
import dtplan.model.Resource;
import dtplan.plan.kinds.Kinds;
import dtplan.plan.kinds.PlanKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which stack a live instance or user-assigned identity belongs to: the value of its {@code
 * dtplan-stack} tag (tag names are case-insensitive in ARM). A resource the spec names that carries
 * another stack's tag is never taken over: that would leave the other stack managing, and on its
 * next apply undoing or deleting, what this one now manages. A resource without the tag is adopted,
 * and the plan says so in words, not only as a tag in the diff.
 */
final class StackOwnership {
  private StackOwnership() {}

  /** The stack named by the tags, if any. */
  static Optional<String> stackOf(Map<String, String> tags) {
    return tagValue(tags, SecretTags.STACK_TAG);
  }

  /** Tag names are case-insensitive in ARM; the value is as written. */
  private static Optional<String> tagValue(Map<String, String> tags, String name) {
    // A loop, not a stream: planning asks this of every resource's tags (issue 19).
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      if (tag.getKey().equalsIgnoreCase(name)) {
        return Optional.of(tag.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The tag that says which stack created a user-assigned identity: written once, at creation, and
   * carried unchanged after. An identity the stack adopted has none, so dropping it from the spec
   * only unlinks it; one the stack created is deleted.
   */
  static final String CREATED_TAG = "dtplan-created";

  /** The stack that created the resource, if one did. */
  static Optional<String> stackCreating(Map<String, String> tags) {
    return tagValue(tags, CREATED_TAG);
  }

  /** Whether {@code stack} created the resource (it carries {@link #CREATED_TAG} naming it). */
  static boolean createdBy(Map<String, String> tags, String stack) {
    return stackCreating(tags).map(stack::equals).orElse(false);
  }

  static boolean ownedBy(Map<String, String> tags, String stack) {
    return stackOf(tags).map(stack::equals).orElse(false);
  }

  /** Whether the tags give the resource to a stack other than {@code stack}. */
  static boolean ownedByOther(Map<String, String> tags, String stack) {
    return stackOf(tags).map(s -> !s.equals(stack)).orElse(false);
  }

  /**
   * One consequence per live instance or identity the spec names and the stack does not own yet: an
   * error for another stack's, a warning (the adoption, said plainly) for an untagged one.
   */
  static void check(String stack, List<PlannedChange> changes, List<Consequence> out) {
    for (PlannedChange c : changes) {
      if (c.after() == null || c.before() == null) {
        continue;
      }
      PlanKind<Resource> kind = Kinds.of(c.before());
      Map<String, String> tags = kind.tags(c.before());
      if (tags == null) {
        continue; // Only what carries tags carries the stack tag.
      }
      String what = kind.displayName() + " " + ArmId.lastSegment(c.before().id());
      Optional<String> owner = stackOf(tags);
      if (owner.isEmpty()) {
        out.add(
            Consequence.warning(
                Consequence.Code.ADOPTS_UNTAGGED,
                c.address(),
                what
                    + " exists and carries no dtplan-stack tag: this plan adopts it into stack "
                    + stack
                    + ", which from then on manages "
                    + kind.managedOnceAdopted()));
      } else if (!owner.get().equals(stack)) {
        out.add(
            Consequence.error(
                Consequence.Code.OWNED_BY_OTHER_STACK,
                c.address(),
                "cannot take over "
                    + what
                    + ": it carries dtplan-stack="
                    + owner.get()
                    + ", so it belongs to stack "
                    + owner.get()
                    + ", not to stack "
                    + stack
                    + ". Hint: give it another name in this spec; to move it to stack "
                    + stack
                    + " on purpose, delete its dtplan-stack tag outside dtplan and remove it from"
                    + " stack "
                    + owner.get()
                    + "'s spec (untagged, that stack no longer deletes it), then plan again"));
      }
    }
  }
}
