package dtplan.azure;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The caller's object id from an access token. The token is read, never verified: it only tells
 * dtplan whom to look up, and Azure checks every call made with it anyway.
 */
final class CallerToken {
  private CallerToken() {}

  /** The {@code oid} claim of a JWT, or null. */
  static String objectId(String token) {
    if (token == null) {
      return null;
    }
    String[] parts = token.split("\\.");
    if (parts.length < 2) {
      return null;
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
      JsonNode claims = Json.parse(new String(payload, StandardCharsets.UTF_8));
      return Json.text(claims, "oid");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** An unsigned JWT ({@code alg: none}) naming {@code objectId}, or a plain token without one. */
  static String unsigned(String objectId) {
    if (objectId == null) {
      return "sandbox-token";
    }
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
    String claims = Json.object().put("oid", objectId).toString();
    return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".";
  }
}
