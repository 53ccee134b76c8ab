package dtplan.provider;

import java.time.Duration;

/**
 * Take the lock of {@code stack} in {@code container} (an ARM blob container id) for {@code lease},
 * recording {@code holder} where a second run can read it.
 */
public record LockRequest(String container, String stack, LockHolder holder, Duration lease) {}
