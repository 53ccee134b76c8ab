package dtplan.plan.order;

import dtplan.model.Endpoint;
import dtplan.model.Instance;

/** An endpoint's update with a rotated secret before the instance update that records it. */
final class SecretBeforeFingerprint extends NamedRule {
  SecretBeforeFingerprint() {
    super(
        "secret-before-fingerprint",
        "the fingerprint tag may only describe what Azure holds: if the endpoint write fails, the"
            + " old fingerprint stays and the next plan proposes the rotation again");
  }

  @Override
  public boolean orders(Step first, Step then, PlanFacts facts) {
    return first.writes()
        && then.writes()
        && first.resource() instanceof Endpoint
        && then.resource() instanceof Instance
        && Changes.recordsNewSecretOf(then.change(), first.change());
  }
}
