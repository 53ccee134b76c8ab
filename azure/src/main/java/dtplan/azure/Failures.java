package dtplan.azure;

import dtplan.provider.ProviderException;
import java.util.function.Supplier;

/** Gives a failed call its context: what was being done to which resource. */
final class Failures {
  private Failures() {}

  /**
   * {@code action} reads like "Creating role assignment on /subscriptions/…"; the message becomes
   * "Creating role assignment on /subscriptions/… failed: PrincipalNotFound: Principal … does not
   * exist …".
   */
  static ProviderException of(String action, String resourceId, AzureCallException e) {
    String message =
        e.isUnreachable()
            ? e.getMessage() + " (" + lowerFirst(action) + ")"
            : action + " failed: " + e.code() + ": " + e.getMessage();
    return new ProviderException(e.code(), message, resourceId, e.transientFailure());
  }

  static ProviderException invalid(String action, String resourceId, String code, String text) {
    return new ProviderException(
        code, action + " failed: " + code + ": " + text, resourceId, false);
  }

  /** Runs one call and gives any failure its context. */
  static <T> T guard(String action, String resourceId, Supplier<T> call) {
    try {
      return call.get();
    } catch (AzureCallException e) {
      throw of(action, resourceId, e);
    }
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
