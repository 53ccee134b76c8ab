package dtplan.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes every secret out of what {@link HttpTrace} prints. It knows the fields that carry secrets
 * in the APIs dtplan calls (the Digital Twins endpoint properties the REST spec marks {@code
 * x-ms-secret}: connection strings, access keys, {@code deadLetterSecret}), and, because a list of
 * names is never complete, it also redacts by shape wherever a value appears: any field whose name
 * says key, secret, password, token, signature or connection string; {@code SharedAccessKey=} and
 * {@code sig=} in any string; JSON Web Tokens; {@code Bearer} credentials; and the values of
 * headers and query parameters of those kinds. A body that is not JSON is not shown at all.
 */
final class Redactor {
  static final String REDACTED = "(redacted)";

  /** The endpoint properties Azure marks x-ms-secret (adt-arm-2023-01-31, digitaltwins.json). */
  static final Set<String> SECRET_FIELDS =
      Set.of(
          "connectionstringprimarykey",
          "connectionstringsecondarykey",
          "primaryconnectionstring",
          "secondaryconnectionstring",
          "accesskey1",
          "accesskey2",
          "deadlettersecret");

  /** Names that say "this holds a credential", in fields, headers and query parameters. */
  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(key|secret|password|passwd|token|signature|connectionstring|credential"
              + "|authorization|cookie|^sig$|^sas$).*");

  /** {@code name=value} pairs inside connection strings and SAS URLs. */
  private static final Pattern SECRET_PAIR =
      Pattern.compile(
          "(?i)\\b(SharedAccessKey|SharedAccessSignature|AccountKey|sig|signature|password"
              + "|secret|AccessKey|client_secret|access_token|refresh_token)=([^;&\"'\\s]+)");

  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*)?");
  private static final Pattern BEARER =
      Pattern.compile("(?i)\\b(Bearer|Basic|SharedAccessSignature)\\s+[^\\s\",]+");

  private Redactor() {}

  /** Any text: secrets recognised by their shape are replaced. */
  static String text(String s) {
    if (s == null) {
      return null;
    }
    String out = SECRET_PAIR.matcher(s).replaceAll("$1=" + REDACTED);
    out = BEARER.matcher(out).replaceAll("$1 " + REDACTED);
    return JWT.matcher(out).replaceAll(REDACTED);
  }

  static boolean isSecretName(String name) {
    return SECRET_FIELDS.contains(name.toLowerCase(Locale.ROOT))
        || SECRET_NAME.matcher(name).matches();
  }

  /** A URL with the values of credential-like query parameters redacted. */
  static String url(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return text(url);
    }
    StringBuilder out = new StringBuilder(text(url.substring(0, q))).append('?');
    String[] params = url.substring(q + 1).split("&", -1);
    for (int i = 0; i < params.length; i++) {
      if (i > 0) {
        out.append('&');
      }
      String p = params[i];
      int eq = p.indexOf('=');
      String name = eq < 0 ? p : p.substring(0, eq);
      if (eq >= 0
          && isSecretName(
              java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8))) {
        out.append(name).append('=').append(REDACTED);
      } else {
        out.append(text(p));
      }
    }
    return out.toString();
  }

  /** A header value as it may be printed. */
  static String header(String name, String value) {
    return isSecretName(name) ? REDACTED : text(value);
  }

  /**
   * A body as it may be printed: JSON with every secret field's value redacted and every other
   * string scrubbed; anything else only as its length.
   */
  static String body(String body) {
    if (body == null || body.isEmpty()) {
      return "(empty)";
    }
    JsonNode json = Json.parse(body);
    if (json == null || !json.isContainerNode()) {
      return "(" + body.length() + " characters, not JSON: not shown)";
    }
    return scrub(json).toString();
  }

  private static JsonNode scrub(JsonNode node) {
    if (node instanceof ObjectNode o) {
      Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        JsonNode v = f.getValue();
        if (isSecretName(f.getKey()) && !v.isNull() && !v.isBoolean() && !v.isNumber()) {
          f.setValue(TextNode.valueOf(REDACTED));
        } else {
          f.setValue(scrub(v));
        }
      }
      return o;
    }
    if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, scrub(a.get(i)));
      }
      return a;
    }
    return node.isTextual() ? TextNode.valueOf(text(node.asText())) : node;
  }
}
