package dtplan.sandbox;

import java.util.Map;

/**
 * The lease of one blob, as the Lease Blob operation describes it (docs/sandbox.md, Sources: "Lease
 * Blob"). Five states: available, leased, expired, breaking and broken; expired and broken are not
 * stored but follow from the clock. Public fields so that the state file holds it.
 */
final class BlobLease {
  static final long INFINITE = -1;

  /** The lease id while one exists (kept after expiry and breaking, as the service keeps it). */
  public String id;

  /** "available", "leased" or "breaking", as last set; {@link #state} applies the clock. */
  public String stored = "available";

  /** The lease's length in seconds, or {@link #INFINITE}. */
  public long seconds;

  /** When a fixed lease ends, or a breaking lease is broken (epoch millis). */
  public long until;

  String state(long now) {
    return switch (stored) {
      case "leased" -> seconds != INFINITE && now >= until ? "expired" : "leased";
      case "breaking" -> now >= until ? "broken" : "breaking";
      default -> "available";
    };
  }

  /** Locked while leased or breaking: writes need the lease id then. */
  boolean active(long now) {
    String s = state(now);
    return s.equals("leased") || s.equals("breaking");
  }

  /** Answers one lease action; throws an {@link ApiError} with the service's code otherwise. */
  Map<String, String> act(String action, Map<String, String> headers, long now) {
    String given = headers.get("x-ms-lease-id");
    String state = state(now);
    switch (action) {
      case "acquire" -> {
        long duration = duration(headers.get("x-ms-lease-duration"));
        String proposed = headers.getOrDefault("x-ms-proposed-lease-id", Backend.newGuid());
        if (state.equals("leased") && !proposed.equalsIgnoreCase(id)) {
          throw conflict("LeaseAlreadyPresent", "There is already a lease present.");
        }
        if (state.equals("breaking")) {
          throw conflict(
              "LeaseIsBreakingAndCannotBeAcquired",
              "There is already a breaking lease present and it cannot be acquired.");
        }
        start(proposed, duration, now);
        return Map.of("x-ms-lease-id", id);
      }
      case "renew" -> {
        requireId(given, state);
        if (state.equals("breaking") || state.equals("broken")) {
          throw conflict(
              "LeaseIsBrokenAndCannotBeRenewed",
              "The lease ID matched, but the lease has been broken explicitly and cannot be"
                  + " renewed.");
        }
        start(id, seconds, now);
        return Map.of("x-ms-lease-id", id);
      }
      case "release" -> {
        requireId(given, state);
        stored = "available";
        return Map.of();
      }
      case "break" -> {
        if (state.equals("available")) {
          throw notPresent();
        }
        long left =
            state.equals("leased") && seconds != INFINITE
                ? Math.max(0, (until - now + 999) / 1000)
                : state.equals("breaking") ? Math.max(0, (until - now + 999) / 1000) : 0;
        String period = headers.get("x-ms-lease-break-period");
        if (period != null) {
          long p = seconds(period, 0, 60, "x-ms-lease-break-period");
          left = Math.min(left, p);
        }
        stored = "breaking";
        until = now + left * 1000;
        return Map.of("x-ms-lease-time", String.valueOf(left));
      }
      default ->
          throw new ApiError(
              400, "InvalidHeaderValue", "The value for one of the HTTP headers is not valid.");
    }
  }

  private void start(String leaseId, long duration, long now) {
    id = leaseId;
    stored = "leased";
    seconds = duration;
    until = duration == INFINITE ? 0 : now + duration * 1000;
  }

  private void requireId(String given, String state) {
    if (given == null) {
      throw new ApiError(
          400,
          "MissingRequiredHeader",
          "An HTTP header that's mandatory for this request is not specified.");
    }
    if (state.equals("available")) {
      throw notPresent();
    }
    if (!given.equalsIgnoreCase(id)) {
      throw conflict(
          "LeaseIdMismatchWithLeaseOperation",
          "The lease ID specified did not match the lease ID for the blob.");
    }
  }

  private static long duration(String header) {
    if (header == null) {
      throw new ApiError(
          400,
          "MissingRequiredHeader",
          "An HTTP header that's mandatory for this request is not specified.");
    }
    if (header.trim().equals("-1")) {
      return INFINITE;
    }
    return seconds(header, 15, 60, "x-ms-lease-duration");
  }

  private static long seconds(String header, long min, long max, String name) {
    try {
      long v = Long.parseLong(header.trim());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // falls through to the service's answer
    }
    throw new ApiError(
        400,
        "InvalidHeaderValue",
        "The value for one of the HTTP headers is not valid: " + name + ".");
  }

  private static ApiError notPresent() {
    return conflict(
        "LeaseNotPresentWithLeaseOperation", "There is currently no lease on the blob.");
  }

  private static ApiError conflict(String code, String message) {
    return ApiError.conflict(code, message);
  }
}
