package dtplan.azure;

import dtplan.provider.ProviderListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every retry and every wait the provider reports. */
final class RecordingListener implements ProviderListener {
  record Retry(String resourceId, String code, int attempt, Duration delay) {}

  record Wait(String resourceId, String state, Duration waited, Duration bound) {}

  final List<Retry> retries = new CopyOnWriteArrayList<>();
  final List<Wait> waits = new CopyOnWriteArrayList<>();

  @Override
  public void waiting(String resourceId, String state, Duration waited, Duration bound) {
    waits.add(new Wait(resourceId, state, waited, bound));
  }

  @Override
  public void retrying(String resourceId, String code, int attempt, Duration delay) {
    retries.add(new Retry(resourceId, code, attempt, delay));
  }

  List<String> codes() {
    return retries.stream().map(Retry::code).toList();
  }
}
