package dtplan.sandbox;

/**
 * One logged request.
 *
 * @param path the normalised path (slashes collapsed, no query)
 * @param template the path with names replaced by {@code {}}
 */
public record RequestEntry(String method, String path, String template) {
  /** The key under which {@link RequestLog#counts()} groups this request. */
  public String key() {
    return method + " " + template;
  }
}
