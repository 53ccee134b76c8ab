package dtplan.model;

import java.util.Locale;
import java.util.Set;

/**
 * What an instance's or endpoint's {@code provisioningState} means to dtplan (DOMAIN.md section
 * 1.4): a long-running operation is still running, the last one failed, or neither. Azure spells
 * the values in Pascal case; they are compared case-insensitively, and both spellings of canceled
 * are accepted.
 */
public final class ProvisioningStates {
  /**
   * States of a resource whose operation has not ended. Planning against one would plan against a
   * moment: an endpoint still Deleting is gone a minute later, an instance still Provisioning has
   * no host name yet.
   */
  private static final Set<String> RUNNING =
      Set.of(
          "provisioning",
          "creating",
          "updating",
          "deleting",
          "accepted",
          "suspending",
          "restoring",
          "moving");

  /** States a resource is left in when its last operation ended without success. */
  private static final Set<String> FAILED = Set.of("failed", "canceled", "cancelled");

  private ProvisioningStates() {}

  /** Whether an operation on the resource is still running, so its state will change by itself. */
  public static boolean isRunning(String state) {
    return state != null && RUNNING.contains(state.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the resource's last operation failed or was canceled. Azure does not repair such a
   * resource by itself, and a resource that failed while being created may never work (an instance
   * without a host name, an endpoint that routes cannot target).
   */
  public static boolean lastOperationFailed(String state) {
    return state != null && FAILED.contains(state.toLowerCase(Locale.ROOT));
  }
}
