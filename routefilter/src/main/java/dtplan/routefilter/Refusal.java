package dtplan.routefilter;

/**
 * Carries the first error out of the recursive descent. Never escapes {@link RouteFilter#check}: a
 * bad filter is a value, not an exception, for every caller.
 */
final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient FilterError error;

  Refusal(FilterError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  FilterError error() {
    return error;
  }
}
