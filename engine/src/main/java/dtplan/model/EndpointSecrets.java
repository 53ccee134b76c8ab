package dtplan.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The secret material of a key-based endpoint. {@code primary}/{@code secondary} are the connection
 * strings (Event Hubs, Service Bus) or access keys (Event Grid); {@code deadLetter} is the
 * dead-letter SAS URL. Any may be null. Live state never has these: Azure masks them on read.
 */
public record EndpointSecrets(Secret primary, Secret secondary, Secret deadLetter) {
  public static final EndpointSecrets NONE = new EndpointSecrets(null, null, null);

  public boolean isEmpty() {
    return primary == null && secondary == null && deadLetter == null;
  }

  /** Named secrets, in a fixed order, for fingerprinting and rendering. */
  public Map<String, Secret> named() {
    Map<String, Secret> named = new LinkedHashMap<>();
    if (primary != null) {
      named.put("primary", primary);
    }
    if (secondary != null) {
      named.put("secondary", secondary);
    }
    if (deadLetter != null) {
      named.put("deadLetter", deadLetter);
    }
    return named;
  }

  /**
   * One fingerprint over all secret material of an endpoint, so that a change to any of them is
   * noticed. Empty when the endpoint has no secrets.
   */
  public String fingerprint(String salt) {
    StringBuilder combined = new StringBuilder();
    named()
        .forEach((k, v) -> combined.append(k).append('=').append(v.fingerprint(salt)).append(';'));
    return combined.isEmpty()
        ? ""
        : Secret.of(combined.toString(), "fingerprints").fingerprint(salt);
  }
}
