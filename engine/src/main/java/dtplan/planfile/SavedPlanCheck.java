package dtplan.planfile;

import dtplan.plan.AttributeChange;
import dtplan.plan.Consequence;
import dtplan.plan.Plan;
import dtplan.plan.PlannedChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A saved plan is an approval, not a program: apply derives the plan again from the spec and live
 * state and carries it out only if it is the plan that was reviewed. Two plans are the same when
 * every change has the same address, kind, action, reason, ids, attribute values before and after
 * (a secret by its fingerprint), values known only after apply, and the same consequences are
 * reported. Anything the saved file says beyond that (its resources, its read request) is never
 * executed, so an edited file can only be refused.
 */
public final class SavedPlanCheck {
  private SavedPlanCheck() {}

  /** The first way {@code now} differs from {@code saved}, for a person; empty when identical. */
  public static Optional<String> firstDifference(Plan saved, Plan now) {
    if (!Objects.equals(saved.stack(), now.stack())
        || !Objects.equals(saved.subscription(), now.subscription())
        || !Objects.equals(saved.resourceGroup(), now.resourceGroup())) {
      return Optional.of(
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
        return Optional.of(b.get(i).address() + ": planned now, but not in the saved plan");
      }
      if (i >= b.size()) {
        return Optional.of(a.get(i).address() + ": in the saved plan, but no longer planned");
      }
      Optional<String> d = difference(a.get(i), b.get(i));
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
          return Optional.of(
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

  private static Optional<String> difference(PlannedChange s, PlannedChange n) {
    if (!s.address().equals(n.address())) {
      return Optional.of(
          s.address() + ": the saved plan has it where the plan now has " + n.address());
    }
    String at = s.address() + ": ";
    if (s.kind() != n.kind() || s.action() != n.action() || s.reason() != n.reason()) {
      return Optional.of(
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
      return Optional.of(at + "it targets " + n.id() + " now, not " + s.id());
    }
    if (!s.unknowns().equals(n.unknowns())) {
      return Optional.of(at + "its values known only after apply come from elsewhere now");
    }
    if (s.attributes().size() != n.attributes().size()) {
      return Optional.of(at + "it has other attributes now");
    }
    for (int i = 0; i < s.attributes().size(); i++) {
      AttributeChange x = s.attributes().get(i);
      AttributeChange y = n.attributes().get(i);
      if (!x.equals(y)) {
        return Optional.of(
            at
                + "attribute "
                + y.path()
                + (x.path().equals(y.path())
                    ? " differs"
                    : " is where the saved plan has " + x.path())
                + (y.after() != null && y.after().isSensitive()
                    ? " (a secret value changed)"
                    : ""));
      }
    }
    return Optional.empty();
  }

  private static String idOf(dtplan.model.Resource r) {
    return r == null || r.id() == null ? null : Staleness.key(r.id());
  }
}
