package dtplan.provider;

/**
 * The event routes of an instance could not be listed because Azure refused the caller (HTTP 403):
 * no data-plane role, or public network access disabled. Such an instance's routes are unknown, not
 * empty, so the plan must not pretend to know them.
 */
public record RouteReadFailure(String instanceId, String code, String message) {}
