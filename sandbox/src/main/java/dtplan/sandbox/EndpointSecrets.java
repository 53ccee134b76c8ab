package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The endpoint properties the REST spec marks {@code x-ms-secret} (adt-arm-2023-01-31/
 * digitaltwins.json: EventHub connectionStringPrimaryKey/SecondaryKey, ServiceBus
 * primary/secondaryConnectionString, EventGrid accessKey1/2, and deadLetterSecret on all), each
 * "obfuscated during read". The sandbox checks them when they arrive and then keeps only a
 * fingerprint: nothing it answers ever shows a secret, so it has no reason to hold one, and {@code
 * sandbox-state.json} is a plain file.
 */
final class EndpointSecrets {
  static final String DEAD_LETTER = "deadLetterSecret";
  static final Map<String, List<String>> BY_TYPE =
      Map.of(
          "EventHub", List.of("connectionStringPrimaryKey", "connectionStringSecondaryKey"),
          "ServiceBus", List.of("primaryConnectionString", "secondaryConnectionString"),
          "EventGrid", List.of("accessKey1", "accessKey2"));

  private static final String PREFIX = "sha256:";
  private static final Pattern FINGERPRINT = Pattern.compile("^sha256:[0-9a-f]{64}$");
  private static final String MASK = "************";

  /** Service Bus keys read back in this shape (DigitalTwinsEndpointGet_example.json). */
  private static final String SB_MASK =
      "Endpoint=sb://***/;SharedAccessKeyName=***;SharedAccessKey=***;EntityPath=***";

  private EndpointSecrets() {}

  /**
   * Refuses secrets that cannot be right: another endpoint type's key (assumed: the spec's models
   * do not have the property), a connection string without {@code Endpoint=sb://} and {@code
   * SharedAccessKey}, an empty access key, or a dead-letter secret that is not an https SAS URL
   * (the form DOMAIN.md gives from the dead-lettering docs; the check itself is assumed).
   */
  static void validate(String type, ObjectNode props) {
    for (Map.Entry<String, List<String>> e : BY_TYPE.entrySet()) {
      if (e.getKey().equals(type)) {
        continue;
      }
      for (String f : e.getValue()) {
        if (props.has(f)) {
          throw ApiError.badRequest(
              "BadRequest",
              "The property '"
                  + f
                  + "' belongs to "
                  + e.getKey()
                  + " endpoints, not "
                  + type
                  + ".");
        }
      }
    }
    for (String f : BY_TYPE.get(type)) {
      JsonNode v = props.get(f);
      if (v == null || v.isNull()) {
        continue;
      }
      String value = v.isTextual() ? v.asText() : "";
      boolean ok =
          type.equals("EventGrid")
              ? !value.isBlank()
              : value.contains("Endpoint=sb://") && value.contains("SharedAccessKey");
      if (!ok) {
        throw ApiError.badRequest(
            "BadRequest",
            type.equals("EventGrid")
                ? "The access key in '" + f + "' must not be empty."
                : "The connection string in '"
                    + f
                    + "' is not a valid "
                    + type
                    + " connection string (expected Endpoint=sb://...;SharedAccessKeyName=...;"
                    + "SharedAccessKey=...).");
      }
    }
    JsonNode dl = props.get(DEAD_LETTER);
    if (dl != null && !dl.isNull()) {
      String value = dl.isTextual() ? dl.asText() : "";
      int q = value.indexOf('?');
      if (!value.startsWith("https://") || q < 0 || q == value.length() - 1) {
        throw ApiError.badRequest(
            "BadRequest",
            "The deadLetterSecret must be a storage container URL with a SAS token"
                + " (https://<account>.blob.core.windows.net/<container>?<SAS>).");
      }
    }
  }

  /** Replaces every secret in {@code props} by its fingerprint, in place. */
  static void keepFingerprints(ObjectNode props) {
    for (String f : fields()) {
      JsonNode v = props.get(f);
      if (v != null && v.isTextual()) {
        props.put(f, fingerprint(v.asText()));
      }
    }
  }

  /**
   * State written before fingerprints were kept: secrets in it are replaced when it is loaded. True
   * when anything was replaced, so the caller writes the file again at once.
   */
  static boolean migrate(StateData data) {
    boolean changed = false;
    for (ObjectNode r : data.resources.values()) {
      ObjectNode props = Json.obj(r, "properties");
      if (props == null || !Resources.ENDPOINT_TYPE.equalsIgnoreCase(Json.text(r, "type"))) {
        continue;
      }
      for (String f : fields()) {
        String v = Json.text(props, f);
        if (v != null && !FINGERPRINT.matcher(v).matches()) {
          props.put(f, fingerprint(v));
          changed = true;
        }
      }
    }
    return changed;
  }

  static String fingerprint(String secret) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Masks secrets in place as the service does on read: "************", Service Bus strings in
   * their own shape (DigitalTwinsEndpointGet*_example.json); a create answer shows them as "" (the
   * examples' 201 bodies).
   */
  static void mask(ObjectNode endpoint, boolean created) {
    ObjectNode p = Json.obj(endpoint, "properties");
    if (p == null) {
      return;
    }
    boolean serviceBus = "ServiceBus".equals(Json.text(p, "endpointType"));
    for (String f : fields()) {
      if (p.hasNonNull(f)) {
        boolean sbKey = serviceBus && !f.equals(DEAD_LETTER);
        p.put(f, created ? "" : sbKey ? SB_MASK : MASK);
      }
    }
  }

  private static List<String> fields() {
    return List.of(
        "connectionStringPrimaryKey",
        "connectionStringSecondaryKey",
        "primaryConnectionString",
        "secondaryConnectionString",
        "accessKey1",
        "accessKey2",
        DEAD_LETTER);
  }
}
