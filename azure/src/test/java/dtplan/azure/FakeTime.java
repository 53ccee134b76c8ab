package dtplan.azure;

import dtplan.time.Time;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One fake time for a sandbox (its clock, on which operations end) and a provider (its time): the
 * provider's waits move the clock instead of sleeping, so a ten-minute operation takes no time.
 */
final class FakeTime extends Clock implements Time {
  private final AtomicLong millis =
      new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis.get());
  }

  @Override
  public long millis() {
    return millis.get();
  }

  @Override
  public long nanos() {
    return millis.get() * 1_000_000L;
  }

  @Override
  public void sleep(Duration d) {
    millis.addAndGet(d.toMillis());
  }

  void advance(Duration d) {
    millis.addAndGet(d.toMillis());
  }
}
