package dtplan.apply;

import dtplan.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time that moves only when slept on, advanced, or (when made {@link #ticking}) read: a sleep
 * returns at once, moves the clock by what was asked, and is remembered, so a test can read back a
 * backoff schedule that took no real time.
 */
class FakeTime implements Time {
  private final AtomicLong nanos = new AtomicLong();
  private final long nanosPerReading;
  final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  FakeTime() {
    this(Duration.ZERO);
  }

  private FakeTime(Duration perReading) {
    this.nanosPerReading = perReading.toNanos();
  }

  /** Each reading of {@link #nanos()} is {@code perReading} later than the one before. */
  static FakeTime ticking(Duration perReading) {
    return new FakeTime(perReading);
  }

  @Override
  public Instant instant() {
    return Instant.EPOCH.plusNanos(nanos.get());
  }

  @Override
  public long nanos() {
    return nanos.getAndAdd(nanosPerReading);
  }

  @Override
  public void sleep(Duration d) {
    sleeps.add(d);
    advance(d);
  }

  void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }
}
