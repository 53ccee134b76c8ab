package dtplan.plan;

/**
 * A {@code --target} or {@code --replace} address that names nothing in the plan. Its message says
 * which address, and the nearest one that exists when there is one.
 */
public final class UnknownAddressException extends RuntimeException {
  public UnknownAddressException(String message) {
    super(message);
  }
}
