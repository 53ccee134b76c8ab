package dtplan.azure;

/**
 * A failed HTTP call, before it is given its context (which resource, which action). {@code status}
 * is 0 when no HTTP answer came. No stack trace: it is always turned into a message.
 */
final class AzureCallException extends RuntimeException {
  static final String UNREACHABLE = "Unreachable";

  private final int status;
  private final String code;
  private final boolean transientFailure;

  AzureCallException(int status, String code, String message, boolean transientFailure) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.transientFailure = transientFailure;
  }

  /** Conditions Azure clears by itself: a new principal replicating, a new endpoint activating. */
  static boolean isSelfClearing(String code) {
    return "PrincipalNotFound".equals(code) || "EventRouteEndpointInvalid".equals(code);
  }

  static AzureCallException unreachable(String what, String url, String reason) {
    return new AzureCallException(
        0, UNREACHABLE, "Cannot reach " + what + " at " + url + ": " + reason, true);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  boolean transientFailure() {
    return transientFailure;
  }

  boolean isUnreachable() {
    return UNREACHABLE.equals(code);
  }
}
