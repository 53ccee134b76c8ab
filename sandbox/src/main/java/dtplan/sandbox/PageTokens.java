package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The opaque token behind a nextLink: where the next page starts, bound to the list it came from
 * and signed. The ARM resource provider contract (Azure/azure-resource-manager-rpc,
 * v1.0/resource-api-reference.md, "Pagination") says a {@code $skipToken} "MUST only be usable
 * within the original scope"; the signature is how a token that was edited, truncated or taken from
 * another list is told apart from a good one, so it gets a 400 rather than a wrong page.
 */
final class PageTokens {
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final byte[] key;

  PageTokens(String key) {
    this.key = key.getBytes(StandardCharsets.UTF_8);
  }

  /** A token that resumes the list {@code scope} after the item whose sort key is {@code after}. */
  String issue(String scope, String after) {
    ObjectNode body = Json.object();
    body.put("scope", scope);
    body.put("after", after);
    byte[] payload = Json.bytes(body);
    return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(sign(payload));
  }

  /** The sort key a token resumes after, or a 400 when it is not one this list issued. */
  String resume(String token, String scope) {
    int dot = token == null ? -1 : token.indexOf('.');
    JsonNode body = null;
    if (dot > 0) {
      try {
        byte[] payload = DECODE.decode(token.substring(0, dot));
        byte[] mac = DECODE.decode(token.substring(dot + 1));
        if (MessageDigest.isEqual(mac, sign(payload))) {
          body = Json.parse(payload);
        }
      } catch (IllegalArgumentException | ApiError e) {
        body = null;
      }
    }
    if (body == null
        || !scope.equals(Json.text(body, "scope"))
        || Json.text(body, "after") == null) {
      // The code is assumed: no source records Azure's answer to a bad token.
      throw ApiError.badRequest(
          "BadRequest",
          "The continuation token is not valid for this list. Start the list again without it.");
    }
    return Json.text(body, "after");
  }

  private byte[] sign(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
