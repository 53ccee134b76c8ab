package dtplan.plan;

import dtplan.model.EndpointSecrets;
import dtplan.model.Secret;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Azure never returns an endpoint's secrets, so dtplan keeps a salted HMAC fingerprint of each in a
 * tag on the instance ({@code dtplan-secret-<endpoint>}: {@code primary:<hex>,secondary:<hex>}). A
 * fingerprint that differs from the spec's secret plans an update; one that is missing means dtplan
 * never wrote the secret.
 */
public final class SecretTags {
  public static final String PREFIX = "dtplan-secret-";
  public static final String STACK_TAG = "dtplan-stack";

  private SecretTags() {}

  public static String tagName(String endpointName) {
    return PREFIX + endpointName;
  }

  /** Salted with the instance id, so equal secrets on two instances have unlike fingerprints. */
  public static Map<String, String> fingerprints(EndpointSecrets secrets, String instanceId) {
    Map<String, String> out = new LinkedHashMap<>();
    String salt = instanceId.toLowerCase(java.util.Locale.ROOT);
    for (Map.Entry<String, Secret> e : secrets.named().entrySet()) {
      out.put(e.getKey(), e.getValue().fingerprint(salt));
    }
    return out;
  }

  public static String encode(Map<String, String> fingerprints) {
    StringBuilder value = new StringBuilder();
    fingerprints.forEach(
        (k, v) -> value.append(value.isEmpty() ? "" : ",").append(k).append(':').append(v));
    return value.toString();
  }

  public static Map<String, String> decode(String tagValue) {
    Map<String, String> out = new LinkedHashMap<>();
    if (tagValue == null || tagValue.isBlank()) {
      return out;
    }
    for (String part : tagValue.split(",")) {
      int colon = part.indexOf(':');
      if (colon > 0) {
        out.put(part.substring(0, colon), part.substring(colon + 1));
      }
    }
    return out;
  }
}
