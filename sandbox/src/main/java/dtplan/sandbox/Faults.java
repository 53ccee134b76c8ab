package dtplan.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The active fault rules. Probabilities draw from one Random(seed), so runs repeat exactly. */
public final class Faults {
  private final long seed;
  private final List<Active> rules = new ArrayList<>();
  private Random random;

  private static final class Active {
    final FaultRule rule;
    int used;

    Active(FaultRule rule) {
      this.rule = rule;
    }
  }

  Faults(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  public synchronized void add(FaultRule rule) {
    rule.compiled();
    rules.add(new Active(rule));
  }

  /** Removes every rule and restarts the random sequence from the seed. */
  public synchronized void clear() {
    rules.clear();
    random = new Random(seed);
  }

  public synchronized List<FaultRule> rules() {
    return rules.stream().map(a -> a.rule).toList();
  }

  /** The rules that fire for this request, in the order they were added; consumes their quota. */
  synchronized List<FaultRule> fire(String method, String normalisedPath) {
    List<FaultRule> out = new ArrayList<>();
    for (Active a : rules) {
      FaultRule r = a.rule;
      if (!r.matches(method, normalisedPath)) {
        continue;
      }
      boolean fires;
      if (r.times() > 0) {
        fires = a.used < r.times();
      } else {
        fires = r.probability() >= 1 || random.nextDouble() < r.probability();
      }
      if (fires) {
        a.used++;
        out.add(r);
      }
    }
    return out;
  }
}
