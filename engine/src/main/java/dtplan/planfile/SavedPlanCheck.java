package dtplan.planfile;

import dtplan.plan.AttributeChange;
import dtplan.plan.Consequence;
import dtplan.plan.Plan;
import dtplan.plan.PlannedChange;
import dtplan.provider.ReadResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A saved plan is an approval, not a program: apply derives the plan again from the spec and live
 * state and carries it out only if it is the plan that was reviewed. Two plans are the same when
 * every change has the same address, kind, action, reason, ids, attribute values before and after
 * (a secret by its fingerprint), values known only after apply, and the same consequences are
 * reported. Anything the saved file says beyond that (its resources) is never executed, so an
 * edited file can only be refused.
 *
 * <p>The check runs in the order apply can make it: the file alone ({@link #ofFile}), the target
 * apply reached ({@link #ofTarget}), live state read again ({@link #ofLive}), the plan derived
 * again ({@link #ofPlan}). Each step gives {@link SavedPlanVerdict.Carry} or the refusal.
 */
public final class SavedPlanCheck {
  private static final SavedPlanVerdict CARRY = new SavedPlanVerdict.Carry();

  private SavedPlanCheck() {}

  /**
   * What the file alone says: a plan with errors is never applied, an edited file is refused, and
   * the spec it names must be, byte for byte, the one it was made from (checked before anything
   * parses it: a file edited to name another, say /etc/passwd, is refused without reading that).
   */
  public static SavedPlanVerdict ofFile(SavedPlan saved, String planFile) {
    Plan plan = saved.plan();
    if (plan.hasErrors()) {
      return new SavedPlanVerdict.HasErrors(planFile);
    }
    if (saved.edited().isPresent()) {
      return new SavedPlanVerdict.Edited(saved.edited().get());
    }
    if (!SavedSpec.matches(Path.of(plan.specFile()), plan.specDigest())) {
      return new SavedPlanVerdict.SpecChanged(plan.specFile());
    }
    return CARRY;
  }

  /** Apply must reach the target the plan was made against, as that target describes itself. */
  public static SavedPlanVerdict ofTarget(SavedPlan saved, String targetDescription) {
    return saved.plan().target().equals(targetDescription)
        ? CARRY
        : new SavedPlanVerdict.TargetMismatch(saved.plan().target(), targetDescription);
  }

  /** Live state read again must still be what the plan was made from. */
  public static SavedPlanVerdict ofLive(SavedPlan saved, ReadResponse live) {
    List<String> stale = Staleness.changesSince(saved.plan(), live);
    return stale.isEmpty() ? CARRY : new SavedPlanVerdict.Stale(stale);
  }

  /** The plan derived again must be the saved one. */
  public static SavedPlanVerdict ofPlan(SavedPlan saved, Plan now) {
    return firstDifference(saved.plan(), now).orElse(CARRY);
  }

  /** The first way {@code now} differs from {@code saved}; empty when identical. */
  static Optional<SavedPlanVerdict> firstDifference(Plan saved, Plan now) {
    if (!Objects.equals(saved.stack(), now.stack())
        || !Objects.equals(saved.subscription(), now.subscription())
        || !Objects.equals(saved.resourceGroup(), now.resourceGroup())) {
      return differs(
          "the saved plan is for stack "
              + saved.stack()
              + " in "
              + saved.subscription()
              + "/"
              + saved.resourceGroup()
              + ", the spec now gives stack "
              + now.stack()
              + " in "
              + now.subscription()
              + "/"
              + now.resourceGroup());
    }
    List<PlannedChange> a = saved.changes();
    List<PlannedChange> b = now.changes();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      if (i >= a.size()) {
        return differs(b.get(i).address() + ": planned now, but not in the saved plan");
      }
      if (i >= b.size()) {
        return differs(a.get(i).address() + ": in the saved plan, but no longer planned");
      }
      Optional<SavedPlanVerdict> d = difference(a.get(i), b.get(i));
      if (d.isPresent()) {
        return d;
      }
    }
    List<Consequence> ca = saved.consequences();
    List<Consequence> cb = now.consequences();
    if (!ca.equals(cb)) {
      for (int i = 0; i < Math.max(ca.size(), cb.size()); i++) {
        Consequence x = i < ca.size() ? ca.get(i) : null;
        Consequence y = i < cb.size() ? cb.get(i) : null;
        if (!Objects.equals(x, y)) {
          Consequence shown = y != null ? y : x;
          return differs(
              shown.address()
                  + ": the "
                  + shown.code()
                  + " "
                  + shown.severity().name().toLowerCase(java.util.Locale.ROOT)
                  + (y == null ? " of the saved plan is not reported now" : " differs or is new"));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<SavedPlanVerdict> differs(String difference) {
    return Optional.of(new SavedPlanVerdict.Differs(difference));
  }

  private static Optional<SavedPlanVerdict> difference(PlannedChange s, PlannedChange n) {
    if (!s.address().equals(n.address())) {
      return differs(s.address() + ": the saved plan has it where the plan now has " + n.address());
    }
    String at = s.address() + ": ";
    if (s.kind() != n.kind() || s.action() != n.action() || s.reason() != n.reason()) {
      return differs(
          at
              + "saved as "
              + s.action()
              + " ("
              + s.reason()
              + "), planned now as "
              + n.action()
              + " ("
              + n.reason()
              + ")");
    }
    if (!Objects.equals(idOf(s.before()), idOf(n.before()))
        || !Objects.equals(idOf(s.after()), idOf(n.after()))) {
      return differs(at + "it targets " + n.id() + " now, not " + s.id());
    }
    if (!s.unknowns().equals(n.unknowns())) {
      return differs(at + "its values known only after apply come from elsewhere now");
    }
    if (s.attributes().size() != n.attributes().size()) {
      return differs(at + "it has other attributes now");
    }
    for (int i = 0; i < s.attributes().size(); i++) {
      AttributeChange x = s.attributes().get(i);
      AttributeChange y = n.attributes().get(i);
      if (!x.equals(y)) {
        if (x.path().equals(y.path()) && y.after() != null && y.after().isSensitive()) {
          return Optional.of(new SavedPlanVerdict.SecretChanged(n.address().toString(), y.path()));
        }
        return differs(
            at
                + "attribute "
                + y.path()
                + (x.path().equals(y.path())
                    ? " differs"
                    : " is where the saved plan has " + x.path()));
      }
    }
    return Optional.empty();
  }

  private static String idOf(dtplan.model.Resource r) {
    return r == null || r.id() == null ? null : Staleness.key(r.id());
  }
}
