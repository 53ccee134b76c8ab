package dtplan.apply;

import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.model.Resource;
import dtplan.provider.CreateRequest;
import dtplan.provider.CreateResponse;
import dtplan.provider.DeleteRequest;
import dtplan.provider.DeleteResponse;
import dtplan.provider.Provider;
import dtplan.provider.ProviderException;
import dtplan.provider.ReadRequest;
import dtplan.provider.ReadResponse;
import dtplan.provider.UpdateRequest;
import dtplan.provider.UpdateResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A test double for the applier's scheduling only (the product's one provider is AzureProvider,
 * tested against the sandbox): records calls in order, fails ids it is told to, and measures how
 * many calls ran at once. What a call does while it runs (wait on a latch, fail transiently) is the
 * test's {@link #whileRunning} hook: calls overlap because a test makes them wait for each other,
 * never because they sleep.
 */
final class RecordingProvider implements Provider {
  final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  final List<Resource> created = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> failing;
  private final AtomicInteger running = new AtomicInteger();
  final AtomicInteger maxRunning = new AtomicInteger();
  private volatile Consumer<Resource> whileRunning = r -> {};

  RecordingProvider(Set<String> failingIds) {
    this.failing = failingIds;
  }

  /**
   * Runs {@code hook} inside every call, while the call counts as running; an exception it throws
   * is the call's.
   */
  RecordingProvider whileRunning(Consumer<Resource> hook) {
    this.whileRunning = hook;
    return this;
  }

  @Override
  public ReadResponse read(ReadRequest request) {
    throw new UnsupportedOperationException("apply never reads");
  }

  @Override
  public CreateResponse create(CreateRequest request) {
    Resource r = call("create", request.desired());
    created.add(r);
    if (r instanceof Instance i && i.identity().system()) {
      InstanceIdentity withPrincipal =
          new InstanceIdentity(
              true, i.identity().userAssigned(), "principal-of-" + i.name(), "tenant", Map.of());
      r =
          new Instance(
              i.id(),
              i.location(),
              i.tags(),
              withPrincipal,
              i.publicNetworkAccess(),
              "host",
              "Succeeded");
    }
    return new CreateResponse(r);
  }

  @Override
  public UpdateResponse update(UpdateRequest request) {
    return new UpdateResponse(call("update", request.desired()));
  }

  @Override
  public DeleteResponse delete(DeleteRequest request) {
    call("delete", request.prior());
    return new DeleteResponse(true);
  }

  private Resource call(String op, Resource r) {
    int now = running.incrementAndGet();
    maxRunning.accumulateAndGet(now, Math::max);
    try {
      whileRunning.accept(r);
    } finally {
      running.decrementAndGet();
    }
    calls.add(op + " " + r.id());
    if (failing.contains(r.id())) {
      throw new ProviderException("BadRequest", "injected failure for " + r.id(), r.id(), false);
    }
    return r;
  }
}
