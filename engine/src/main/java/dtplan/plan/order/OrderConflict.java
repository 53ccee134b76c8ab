package dtplan.plan.order;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Two rules that order two steps both ways. Found while the plan is made, so a plan that has one is
 * never applied: it names both steps and every rule involved, for a bug report.
 */
public final class OrderConflict extends RuntimeException {
  private final Step first;
  private final Step then;
  private final String rule;
  private final List<String> reverse;

  OrderConflict(Step first, Step then, OrderingRule rule, List<Link> reverse) {
    super(message(first, then, rule, reverse));
    this.first = first;
    this.then = then;
    this.rule = rule.name();
    this.reverse = reverse.stream().map(Link::toString).toList();
  }

  /** One edge of the path that already orders {@code then} before {@code first}. */
  record Link(Step from, Step to, OrderingRule rule) {
    @Override
    public String toString() {
      return from.id() + " before " + to.id() + " (" + rule.name() + ")";
    }
  }

  private static String message(Step first, Step then, OrderingRule rule, List<Link> reverse) {
    return "rule "
        + rule.name()
        + " orders "
        + first.id()
        + " before "
        + then.id()
        + ", but "
        + (reverse.size() == 1
            ? "rule " + reverse.get(0).rule().name() + " orders them the other way"
            : "the rules "
                + reverse.stream()
                    .map(l -> l.rule().name())
                    .distinct()
                    .collect(Collectors.joining(", "))
                + " order them the other way: "
                + reverse.stream().map(Link::toString).collect(Collectors.joining("; ")));
  }

  public Step first() {
    return first;
  }

  public Step then() {
    return then;
  }

  public String rule() {
    return rule;
  }

  /** The path that already ordered them the other way, one "a before b (rule)" per edge. */
  public List<String> reverse() {
    return reverse;
  }
}
