package dtplan.provider;

/**
 * A call that failed after the provider's own retries. {@code code} is Azure's error code (for
 * example {@code PrincipalNotFound}) or a dtplan code such as {@code Unreachable}; {@code
 * resourceId} names what the call was about; {@code transientFailure} says whether trying again
 * later may succeed. The message is written for a person and never contains a secret.
 */
public final class ProviderException extends RuntimeException {
  private final String code;
  private final String resourceId;
  private final boolean transientFailure;

  public ProviderException(
      String code, String message, String resourceId, boolean transientFailure) {
    super(message);
    this.code = code;
    this.resourceId = resourceId;
    this.transientFailure = transientFailure;
  }

  public String code() {
    return code;
  }

  public String resourceId() {
    return resourceId;
  }

  public boolean transientFailure() {
    return transientFailure;
  }
}
