package dtplan.plan;

import dtplan.diag.Severity;

/**
 * Something a reviewer must know about a change that the diff alone does not say: an endpoint that
 * will stop delivering, a gap in delivery, twin data destroyed. Errors make the plan not
 * applicable. {@code hint} is what the reviewer could do instead, or null.
 */
public record Consequence(
    Severity severity, Code code, String address, String message, String hint) {
  public Consequence(Severity severity, Code code, String address, String message) {
    this(severity, code, address, message, null);
  }

  public enum Code {
    IDENTITY_DISABLED,
    ROLE_MISSING,
    ROLE_REMOVED,
    DELIVERY_GAP,
    DESTROYS_TWIN_DATA,
    DESTINATION_NOT_FOUND,
    ROLE_NOT_FOUND,
    PRINCIPAL_RECREATED,
    ENDPOINT_NOT_HEALTHY,
    CALLER_UNKNOWN,
    DATA_ROLE_MISSING,
    ROUTES_UNREADABLE,
    ROUTES_DEFERRED,
    PRIVATE_DATA_PLANE,
    OWNED_BY_OTHER_STACK,
    ADOPTS_UNTAGGED,
    CONNECTION_STRING_INVALID,
    DESTINATION_MISMATCH,
    ORDER_CONFLICT,
    CHANGES_IGNORED,
    UNMANAGED_KEPT,
    DESTROY_PREVENTED,
    IDENTITY_DELETED,
    CONNECTION_NOT_APPROVED
  }

  public static Consequence error(Code code, ResourceAddress address, String message) {
    return error(code, address.toString(), message);
  }

  public static Consequence warning(Code code, ResourceAddress address, String message) {
    return warning(code, address.toString(), message);
  }

  public static Consequence error(Code code, String address, String message) {
    return new Consequence(Severity.ERROR, code, address, message);
  }

  public static Consequence warning(Code code, String address, String message) {
    return new Consequence(Severity.WARNING, code, address, message);
  }

  public Consequence withHint(String hint) {
    return new Consequence(severity, code, address, message, hint);
  }
}
