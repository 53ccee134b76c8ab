package dtplan.planfile;

import java.util.Set;

/**
 * Where a saved plan was made, so that {@code dtplan apply FILE} goes there without being told
 * again: an Azure subscription, a standalone sandbox at a URL, or the embedded sandbox (of the
 * folder apply runs in).
 */
public record SavedTarget(String kind, String subscription, String url) {
  public static final String AZURE = "azure";
  public static final String SANDBOX = "sandbox";
  public static final String EMBEDDED_SANDBOX = "embedded-sandbox";
  static final Set<String> KINDS = Set.of(AZURE, SANDBOX, EMBEDDED_SANDBOX);

  public static SavedTarget azure(String subscription) {
    return new SavedTarget(AZURE, subscription, null);
  }

  public static SavedTarget sandbox(String url) {
    return new SavedTarget(SANDBOX, null, url);
  }

  public static SavedTarget embeddedSandbox() {
    return new SavedTarget(EMBEDDED_SANDBOX, null, null);
  }
}
