package dtplan.sandbox;

import com.sun.net.httpserver.Headers;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps web pages out. Loopback is no protection against a browser: any page the user opens may
 * send "simple" cross-origin requests (a {@code text/plain} POST needs no CORS preflight), and a
 * page whose host name it re-points at 127.0.0.1 (DNS rebinding) even reads the answers. Security
 * hardening, not Azure behaviour (docs/sandbox.md, "Browsers").
 *
 * <ul>
 *   <li>{@code Host} must name loopback and the sandbox's port: a rebinding page's requests carry
 *       its own host name. Checked on every request, ARM and data plane included.
 *   <li>A request with a header only browsers send ({@code Origin}, {@code Sec-Fetch-Site}) is
 *       refused, preflights included, and no answer ever carries {@code Access-Control-Allow-*}.
 *       The Azure SDK and other programs send neither.
 *   <li>Admin calls need {@value Sandbox#ADMIN_HEADER}: {@value Sandbox#ADMIN_HEADER_VALUE}; a page
 *       cannot add a custom header to a cross-origin request without a preflight, which is refused.
 * </ul>
 */
final class BrowserGuard {
  private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");
  private static final List<String> BROWSER_ONLY_HEADERS = List.of("Origin", "Sec-Fetch-Site");

  private BrowserGuard() {}

  /**
   * Refuses a request a browser could have sent on a page's behalf.
   *
   * @param port the port the request arrived on
   * @throws ApiError 421 for a foreign {@code Host}, 400 for several, 403 for a browser's request
   */
  static void check(Headers headers, URI target, int port) {
    List<String> hosts = headers.get("Host");
    if (hosts != null && hosts.size() > 1) {
      throw new ApiError(400, "HostNotAllowed", "The request carries more than one Host header.");
    }
    String host = hosts == null || hosts.isEmpty() ? null : hosts.get(0);
    if (!isLoopback(host, port)) {
      throw hostRefused(host == null ? "no Host header" : "Host '" + shorten(host) + "'", port);
    }
    // Only the absolute form (http://host/...) names a host: the SDK's paths start with "//"
    // ("//subscriptions/..."), which URI would read as an authority.
    String authority = target.isAbsolute() ? target.getRawAuthority() : null;
    if (target.isAbsolute() && !isLoopback(authority, port)) {
      throw hostRefused("request target naming '" + shorten(String.valueOf(authority)) + "'", port);
    }
    for (String name : BROWSER_ONLY_HEADERS) {
      if (headers.containsKey(name)) {
        throw new ApiError(
            403,
            "BrowserRequestRefused",
            "The sandbox does not serve web pages: the request carries "
                + name
                + ", which only browsers send. Call it from a program (the Azure SDK, dtplan).");
      }
    }
  }

  /** Refuses an admin call without {@value Sandbox#ADMIN_HEADER}. */
  static void checkAdmin(Headers headers) {
    if (!Sandbox.ADMIN_HEADER_VALUE.equals(headers.getFirst(Sandbox.ADMIN_HEADER))) {
      throw new ApiError(
          403,
          "AdminHeaderRequired",
          "Admin calls need the header "
              + Sandbox.ADMIN_HEADER
              + ": "
              + Sandbox.ADMIN_HEADER_VALUE
              + " (a web page cannot send it cross-origin).");
    }
  }

  private static boolean isLoopback(String host, int port) {
    if (host == null) {
      return false;
    }
    String h = host.trim().toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    if (colon < 0 || h.endsWith("]")) {
      // No port: the client's default, 80.
      return port == 80 && LOOPBACK_NAMES.contains(h);
    }
    return LOOPBACK_NAMES.contains(h.substring(0, colon))
        && h.substring(colon + 1).equals(String.valueOf(port));
  }

  private static ApiError hostRefused(String what, int port) {
    return new ApiError(
        421,
        "HostNotAllowed",
        "The sandbox answers only to 127.0.0.1:"
            + port
            + ", localhost:"
            + port
            + " or [::1]:"
            + port
            + "; got "
            + what
            + ". (A web page re-pointing its own host name at 127.0.0.1 is refused here.)");
  }

  private static String shorten(String s) {
    return s.length() <= 100 ? s : s.substring(0, 100) + "…";
  }
}
